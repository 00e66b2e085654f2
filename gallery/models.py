"""Albums and their photos.

A photo arrives in two steps. The upload is checked while the editor waits
(format, size, pixels, a full decode) and kept aside in PENDING_ROOT, which
is never served. A background task (tasks.py) then re-encodes it through
the image pipeline and makes its renditions: too slow for one request when
a batch holds a hundred camera photos. Only ready photos are ever shown.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models, transaction
from django.db.models import Count, Q
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from embassy.images import DatedFolder, ImageField, Rendition
from embassy.ordering import Orderable
from embassy.pagecache import TrackedQuerySet
from embassy.publishing import Publishable, PublishableQuerySet, Withdrawable
from embassy.search import Searchable
from embassy.storage import StorageAlias
from embassy.translated import TranslatedMixin


class PendingStorage(FileSystemStorage):
    """Uploads waiting to be processed: outside MEDIA_ROOT, never served.
    The folder is read from the settings at each use. STORAGES["pending"]
    when uploads are on disk."""

    @property
    def base_location(self):
        return settings.PENDING_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)


pending_storage = StorageAlias("pending")


def pending_uploads():
    """The pending field's storage: a callable, so that no migration names a
    backend, which the settings choose."""
    return pending_storage


class AlbumQuerySet(PublishableQuerySet):
    def for_listing(self):
        """Albums as lists show them, in one query: cover and photo count."""
        return self.select_related("cover").annotate(
            photo_count=Count("photos", filter=Q(photos__state=Photo.State.READY))
        )


class Album(TranslatedMixin, Withdrawable, Publishable):
    title = models.CharField(
        _("title"), max_length=200, help_text=_("The event, e.g. “Navruz in Geneva”.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The album's web address, the same in every language."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("Optional: a sentence or two.")
    )
    date = models.DateField(
        _("date"), default=timezone.localdate, help_text=_("When the event took place.")
    )
    cover = models.ForeignKey(
        "Photo",
        verbose_name=_("cover photo"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_(
            "Shown in the list of albums. When empty, the first photo processed "
            "becomes the cover."
        ),
    )

    objects = AlbumQuerySet.as_manager()
    search = Searchable(title="title", body="description", rich=())

    translated_field = "title"

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("album")
        verbose_name_plural = _("albums")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("gallery:album_detail", kwargs={"slug": self.slug})


class PhotoQuerySet(TrackedQuerySet):
    def ready(self):
        return self.filter(state=Photo.State.READY)


class Photo(TranslatedMixin, Orderable):
    class State(models.TextChoices):
        PROCESSING = "processing", _("Being processed")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    album = models.ForeignKey(
        Album, verbose_name=_("album"), on_delete=models.CASCADE, related_name="photos"
    )
    image = ImageField(
        _("photo"),
        upload_to=DatedFolder("gallery"),
        blank=True,
        width_field="width",
        height_field="height",
    )
    width = models.PositiveIntegerField(null=True, editable=False)
    height = models.PositiveIntegerField(null=True, editable=False)
    pending = models.FileField(storage=pending_uploads, blank=True, editable=False)
    original_name = models.CharField(
        _("uploaded as"), max_length=255, blank=True, editable=False
    )
    state = models.CharField(
        _("state"),
        max_length=20,
        choices=State,
        default=State.PROCESSING,
        editable=False,
    )
    error = models.CharField(_("error"), max_length=500, blank=True, editable=False)
    caption = models.CharField(
        _("caption"),
        max_length=300,
        blank=True,
        help_text=_("Optional: shown below it."),
    )
    alt = models.CharField(
        _("description"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the photo shows, for visitors who cannot see it. Without one, "
            "the caption or the album's title is read out."
        ),
    )
    credit = models.CharField(
        _("photographer"), max_length=120, blank=True, help_text=_("Optional.")
    )
    taken_on = models.DateField(
        _("taken on"),
        null=True,
        blank=True,
        help_text=_("Read from the camera's data when the photo is processed."),
    )

    # Fitted, not cropped: a photo keeps its shape in the viewer.
    thumb = Rendition("image", 480, 480, fit="contain")
    medium = Rendition("image", 960, 960, fit="contain")
    large = Rendition("image", 1920, 1920, fit="contain")

    objects = PhotoQuerySet.as_manager()

    translated_field = "caption"

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self):
        return self.caption or self.original_name or f"#{self.pk}"


def choose_cover(album_id):
    """Give an album without a cover its first ready photo, if it has one."""
    first = Photo.objects.ready().filter(album=album_id).order_by("order", "pk")
    Album.objects.filter(pk=album_id, cover__isnull=True).update(
        cover=first.values("pk")[:1]
    )


def delete_pending(name):
    """Delete a waiting upload once what replaced it is committed."""
    transaction.on_commit(lambda: pending_storage.delete(name))


@receiver(post_delete, sender=Photo)
def delete_pending_of_deleted(sender, instance, **kwargs):
    """A photo deleted before it was processed takes its waiting upload
    (with its camera data) with it; its image field removes the rest."""
    if instance.pending:
        delete_pending(instance.pending.name)
