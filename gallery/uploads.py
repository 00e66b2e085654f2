"""A batch of photos from the admin: loose files and ZIP archives.

Every file is checked by the image pipeline while the editor waits; a bad
one is reported by its name and the good ones are kept. A kept photo is
stored, with its row, in one step, and processed in the background.
"""

import itertools
import lzma
import posixpath
import shutil
import uuid
import zipfile
import zlib

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import TemporaryUploadedFile
from django.db import transaction
from django.db.models import Max
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image

from embassy.images import check_size, open_image

from .models import Photo, pending_storage
from .tasks import process_photo

# What zipfile raises on a broken archive or member besides BadZipFile: a
# corrupt LZMA or bzip2 stream, a name flagged UTF-8 that is not, a version
# or method it does not know, offsets that point nowhere, encryption.
ARCHIVE_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    lzma.LZMAError,
    zlib.error,
    EOFError,
    NotImplementedError,
    OSError,
    RuntimeError,
    ValueError,
)


def _archive_members(archives, refused, room):
    """The files of the ZIP archives, as uploads spooled to disk, within the
    limits: the number of files (``room`` for all the archives together),
    and the size they unpack to, judged on what each archive declares
    before anything is unpacked."""
    budget = settings.PHOTO_ARCHIVES_MAX_BYTES
    for archive in archives:
        try:
            bundle = zipfile.ZipFile(archive)
        except ARCHIVE_ERRORS:
            refused.append(
                _("“%(name)s” is not a ZIP archive we can open.")
                % {"name": archive.name}
            )
            continue
        with bundle:
            members = [
                info
                for info in bundle.infolist()
                if not info.is_dir()
                and not info.filename.startswith("__MACOSX/")
                and not posixpath.basename(info.filename).startswith(".")
            ]
            unpacked = sum(info.file_size for info in members)
            if len(members) > room or unpacked > budget:
                refused.append(
                    _(
                        "“%(name)s” holds %(count)d files of %(size)s in all; at most "
                        "%(limit)d files of %(budget)s can be added at once."
                    )
                    % {
                        "name": archive.name,
                        "count": len(members),
                        "size": filesizeformat(unpacked),
                        "limit": room,
                        "budget": filesizeformat(budget),
                    }
                )
                continue
            budget -= unpacked
            room -= len(members)
            for info in members:
                name = posixpath.basename(info.filename)
                try:
                    check_size(name, info.file_size)
                    yield _unpack(bundle, info, name)
                except ValidationError as error:
                    refused.extend(error.messages)
                except ARCHIVE_ERRORS:
                    refused.append(
                        _("“%(name)s” could not be unpacked from “%(archive)s”.")
                        % {"name": name, "archive": archive.name}
                    )


def _unpack(bundle, info, name):
    upload = TemporaryUploadedFile(
        name, "application/octet-stream", info.file_size, None
    )
    with bundle.open(info) as member:
        shutil.copyfileobj(member, upload)
    upload.seek(0)
    return upload


def check_batch(files, archives, uploader=None):
    """Return (accepted uploads, messages naming each refused file).

    The work a batch causes is bounded, not only each file: at most
    DATA_UPLOAD_MAX_NUMBER_FILES files, loose and in archives together, and
    at most PHOTO_BATCH_MAX_MEGAPIXELS decoded for checking, and
    PHOTO_HOURLY_MAX_MEGAPIXELS for the uploader in an hour. Every file
    decoded counts, refused or not. Past the pixels, the rest of the batch
    is named as not added, undecoded."""
    accepted, refused = [], []
    room = settings.DATA_UPLOAD_MAX_NUMBER_FILES - len(files)
    uploads = itertools.chain(files, _archive_members(archives, refused, room))
    budget = _PixelBudget(uploader)
    for upload in uploads:
        if budget.spent:
            # The rest is left unread: archives are not even unpacked.
            refused.append(budget.message(upload.name))
            break
        budget.charge(_declared_pixels(upload))
        try:
            open_image(upload)  # decoded and dropped: only the check counts
        except ValidationError as error:
            refused.extend(error.messages)
        else:
            upload.seek(0)
            accepted.append(upload)
    return accepted, refused


def _declared_pixels(upload):
    """The pixels a file declares, read from its header alone (0 if it has
    none Pillow knows)."""
    try:
        with Image.open(upload) as image:
            width, height = image.size
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return 0
    finally:
        upload.seek(0)
    return width * height


class _PixelBudget:
    """The megapixels a batch may still have decoded: the batch's limit, and
    its uploader's hourly one, counted in the cache from their first upload
    of the hour. With a shared cache (Redis) the count is shared by every
    process; with local memory (the try-out site) each process counts its
    own."""

    def __init__(self, uploader):
        self.key = f"photo-pixels:{uploader.pk}" if uploader else None
        self.used = 0
        self.hour_used = cache.get(self.key, 0) if self.key else 0

    @property
    def over_the_hour(self):
        return self.hour_used >= settings.PHOTO_HOURLY_MAX_MEGAPIXELS * 1_000_000

    @property
    def spent(self):
        over_the_batch = self.used >= settings.PHOTO_BATCH_MAX_MEGAPIXELS * 1_000_000
        return over_the_batch or self.over_the_hour

    def charge(self, pixels):
        """Count ``pixels`` before they are decoded; the shared count also
        takes what other uploads of the same person added meanwhile."""
        self.used += pixels
        if self.key and pixels:
            cache.add(self.key, 0, timeout=60 * 60)
            try:
                self.hour_used = cache.incr(self.key, pixels)
            except ValueError:  # expired between the two calls
                cache.set(self.key, pixels, timeout=60 * 60)
                self.hour_used = pixels

    def message(self, name):
        if self.over_the_hour:
            limit = _(
                "you have had %(limit)s megapixels checked within the hour, "
                "the most one person may"
            ) % {"limit": settings.PHOTO_HOURLY_MAX_MEGAPIXELS}
        else:
            limit = _("one upload may have at most %(limit)s megapixels checked") % {
                "limit": settings.PHOTO_BATCH_MAX_MEGAPIXELS
            }
        return _(
            "“%(name)s” and the files after it were not added: %(limit)s. "
            "Add them again later."
        ) % {"name": name, "limit": limit}


def store_batch(album, uploads, queue=True):
    """Store each upload with its row, after the album's photos, and queue
    its processing once the rows are committed. Returns the new photos."""
    start = (album.photos.aggregate(last=Max("order"))["last"] or 0) + 1
    photos = []
    try:
        with transaction.atomic():
            for order, upload in enumerate(uploads, start):
                photo = Photo(album=album, original_name=upload.name[:255], order=order)
                name = uuid.uuid4().hex
                try:
                    photo.pending.save(name, upload, save=False)
                except OSError:
                    # What was written of it before the disk filled up.
                    pending_storage.delete(name)
                    raise
                photos.append(photo)
                photo.save()
    except Exception:
        # All of the batch or nothing: its rows are rolled back, its files go.
        for photo in photos:
            photo.pending.delete(save=False)
        raise
    if queue:
        for photo in photos:
            transaction.on_commit(lambda pk=photo.pk: process_photo.enqueue(pk))
    return photos
