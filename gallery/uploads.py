"""A batch of photos from the admin: loose files and ZIP archives.

Every file is checked by the image pipeline while the editor waits; a bad
one is reported by its name and the good ones are kept. A kept photo is
stored, with its row, in one step, and processed in the background.
"""

import itertools
import posixpath
import uuid
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from embassy.images import check_size, open_image

from .models import Photo
from .tasks import process_photo


def _archive_members(archive, refused):
    """The files of a ZIP archive, as uploads, within the limits."""
    try:
        with zipfile.ZipFile(archive) as bundle:
            members = [
                info
                for info in bundle.infolist()
                if not info.is_dir()
                and not info.filename.startswith("__MACOSX/")
                and not posixpath.basename(info.filename).startswith(".")
            ]
            limit = settings.DATA_UPLOAD_MAX_NUMBER_FILES
            if len(members) > limit:
                refused.append(
                    _("“%(name)s” holds %(count)d files; at most %(limit)d at once.")
                    % {"name": archive.name, "count": len(members), "limit": limit}
                )
                return
            for info in members:
                name = posixpath.basename(info.filename)
                # Judged by its declared size before anything is unpacked.
                try:
                    check_size(name, info.file_size)
                except ValidationError as error:
                    refused.extend(error.messages)
                    continue
                yield SimpleUploadedFile(name, bundle.read(info))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError):
        refused.append(
            _("“%(name)s” is not a ZIP archive we can open.") % {"name": archive.name}
        )


def check_batch(files, archives):
    """Return (accepted uploads, messages naming each refused file)."""
    accepted, refused = [], []
    uploads = itertools.chain(
        files, *(_archive_members(archive, refused) for archive in archives)
    )
    for upload in uploads:
        try:
            open_image(upload)  # decoded and dropped: only the check counts
        except ValidationError as error:
            refused.extend(error.messages)
        else:
            upload.seek(0)
            accepted.append(upload)
    return accepted, refused


def store_batch(album, uploads, queue=True):
    """Store each upload with its row, after the album's photos, and queue
    its processing once the rows are committed. Returns the new photos."""
    start = (album.photos.aggregate(last=Max("order"))["last"] or 0) + 1
    photos = []
    for order, upload in enumerate(uploads, start):
        photo = Photo(album=album, original_name=upload.name[:255], order=order)
        photo.pending.save(uuid.uuid4().hex, upload, save=False)
        try:
            with transaction.atomic():
                photo.save()
        except Exception:
            # No file without its row.
            photo.pending.delete(save=False)
            raise
        if queue:
            transaction.on_commit(lambda pk=photo.pk: process_photo.enqueue(pk))
        photos.append(photo)
    return photos
