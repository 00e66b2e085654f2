"""Albums and photos for tests, published and processed, with real images."""

import itertools
from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from embassy.publishing import Status
from gallery.models import Album, Photo
from tests.images import image_bytes

_numbers = itertools.count(1)


def make_album(photos=0, **fields):
    number = next(_numbers)
    fields.setdefault("title_en", f"Album {number}")
    fields.setdefault("slug", f"album-{number}")
    fields.setdefault("status", Status.PUBLISHED)
    fields.setdefault("publish_at", timezone.now() - timedelta(hours=1))
    album = Album.objects.create(**fields)
    for _ in range(photos):
        make_photo(album)
    return album


def make_photo(album, size=(640, 480), **fields):
    """A processed photo, as the background task leaves it."""
    number = next(_numbers)
    fields.setdefault("caption_en", f"Photo {number}")
    fields.setdefault("order", number)
    photo = Photo(album=album, state=Photo.State.READY, **fields)
    photo.image = ContentFile(image_bytes("JPEG", size), name="p.jpg")
    photo.save()
    if album.cover_id is None:
        album.cover = photo
        album.save(update_fields=["cover"])
    return photo


def album_form(album, **fields):
    """The POST data of the admin's album form as it stands, no photo
    added: ``fields`` (files to upload too) added or replaced."""
    data = {
        "title_en": album.title_en,
        "slug": album.slug,
        "date": album.date.isoformat(),
        "status": album.status,
        "publish_at_0": "2026-01-01",
        "publish_at_1": "00:00:00",
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
    }
    data.update(fields)
    return data
