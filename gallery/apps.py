from django.apps import AppConfig
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _


class GalleryConfig(AppConfig):
    name = "gallery"
    verbose_name = _("Photo gallery")

    def ready(self):
        from embassy import pagecache

        from . import tasks  # noqa: F401 (registers what the worker retries)
        from .models import Album, Photo, choose_cover

        pagecache.track(Album, Photo)

        # When the cover photo is deleted, the album takes its next photo.
        post_delete.connect(
            lambda sender, instance, **kwargs: choose_cover(instance.album_id),
            sender=Photo,
            weak=False,
        )
