"""The pictures that editors insert in rich text, the worker's heartbeat,
preview links, the notes of changes visitors are told of, and the steps of
reviews."""

import functools
import hashlib
import operator
import secrets

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from imagekit.models import ImageSpecField
from imagekit.processors import ResizeToFit

from .images import DatedFolder, ImageField
from .pagecache import TrackedQuerySet
from .richtext import rich_text_fields
from .translated import TranslatedMixin


class TextImage(models.Model):
    """A picture that an editor inserted in rich text. Texts refer to it by
    the address of its rendition (``text_url``): ``uses()`` finds the items
    whose text shows it, and ``sweep_unused`` deletes the pictures that no
    text has shown for a while, with their files."""

    image = ImageField(_("picture"), upload_to=DatedFolder("uploads"))
    # As wide as the text column can show it, in the format it was uploaded in.
    in_text = ImageSpecField(
        source="image",
        processors=[ResizeToFit(1600, 1600, upscale=False)],
        options={"quality": 82},
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True, db_index=True)

    objects = TrackedQuerySet.as_manager()

    class Meta:
        ordering = ["-uploaded_at", "-pk"]
        verbose_name = _("picture in a text")
        verbose_name_plural = _("pictures in texts")

    def __str__(self):
        return self.text_url

    @property
    def text_url(self):
        return self.in_text.url

    def uses(self):
        """The items whose rich text shows this picture, in any language."""
        return [
            item
            for model, names in rich_text_fields()
            for item in model._base_manager.filter(
                functools.reduce(
                    operator.or_,
                    (Q(**{f"{name}__contains": self.text_url}) for name in names),
                )
            )
        ]

    @classmethod
    def sweep_unused(cls):
        """Delete the pictures that no text shows and that were uploaded
        longer ago than TEXT_IMAGES_KEPT_UNUSED: a picture just uploaded may
        be in a text that its editor has not saved yet. Returns how many."""
        cutoff = timezone.now() - settings.TEXT_IMAGES_KEPT_UNUSED
        deleted = 0
        for text_image in cls.objects.filter(uploaded_at__lt=cutoff).iterator():
            if not text_image.uses():
                text_image.delete()
                deleted += 1
        return deleted


class Heartbeat(models.Model):
    """The last sign of life of a background worker."""

    worker_id = models.CharField(max_length=64, unique=True)
    host = models.CharField(max_length=100)
    pid = models.PositiveIntegerField()
    beat_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return f"{self.worker_id} on {self.host}"


def preview_digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


class PreviewLink(models.Model):
    """A link that shows one item, published or not, as visitors will see
    it (embassy.previews). Its random token is shown once, to the editor
    who made it; only its SHA-256 is stored, so that the database, or a
    backup of it, holds no working link."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey()
    digest = models.CharField(max_length=64, unique=True, editable=False)
    valid_until = models.DateTimeField(_("valid until"))
    revoked = models.BooleanField(_("withdrawn"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("made by"),
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(_("made"), auto_now_add=True)

    class Meta:
        verbose_name = _("preview link")
        verbose_name_plural = _("preview links")
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return str(_("Preview link"))

    def save(self, *args, **kwargs):
        if not self.digest:
            # Shown once, to the editor who made it (token), never stored.
            self.token = secrets.token_urlsafe(24)
            self.digest = preview_digest(self.token)
        super().save(*args, **kwargs)

    def path(self):
        """The link's address in the active language: only right after it
        was made, while its token is known."""
        return reverse("preview_link", kwargs={"token": self.token})


class ChangeNote(TranslatedMixin, models.Model):
    """A change to a published text that visitors should know of, shown on
    its page ("Updated 5 May 2026: …") with the earlier ones (an item that
    inherits ``embassy.publishing.Noted``). A minor correction leaves none."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey()
    noted_at = models.DateTimeField(_("date"), default=timezone.now)
    note = models.TextField(_("note"), max_length=500)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
    )

    translated_field = "note"

    objects = TrackedQuerySet.as_manager()

    class Meta:
        ordering = ["-noted_at", "-pk"]
        verbose_name = _("change note")
        verbose_name_plural = _("change notes")
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return self.note


class ReviewStep(models.Model):
    """A step of an item's review before publishing (embassy.review): who
    submitted it, sent it back (and why), or published it, after review or
    urgently without."""

    class Kind(models.TextChoices):
        SUBMITTED = "submitted", _("submitted for review")
        RETURNED = "returned", _("sent back")
        APPROVED = "approved", _("published after review")
        URGENT = "urgent", _("published urgently, without review")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey()
    kind = models.CharField(_("step"), max_length=10, choices=Kind)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    comment = models.TextField(_("comment"), blank=True, max_length=2000)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("review step")
        verbose_name_plural = _("review steps")
        indexes = [models.Index(fields=["content_type", "object_id"])]
        permissions = [
            ("review", _("Can publish texts after review, or urgently without"))
        ]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.user or '—'}"
