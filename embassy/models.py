"""The pictures that editors insert in rich text."""

import functools
import operator

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from imagekit.models import ImageSpecField
from imagekit.processors import ResizeToFit

from .images import DatedFolder, ImageField
from .pagecache import TrackedQuerySet
from .richtext import rich_text_fields


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
