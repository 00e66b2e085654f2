"""Files that no row names: what a killed upload, a crash between writing a
file and committing its row, or a fault during processing left behind.

Every file field of every model says which files it stores, and every
image field of ours which renditions it made of them; a file in one of the
upload storages (storage.UPLOADS: on disk or in the bucket) or among the
uploads Django is receiving (FILE_UPLOAD_TEMP_DIR, always on this machine's
disk) that none of them names, older than a bound so that an upload under
way is never touched, is debris. ``manage.py sweep_files`` lists it
(``--dry-run``) or deletes it; the worker runs it once a day.
"""

from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone

from .images.fields import ImageField, files_of
from .storage import StoredFile, folder_of, upload_storages, uploaded_files

# An upload, or a photo being processed, finishes well within this.
KEPT_AT_LEAST = timedelta(hours=6)


def stored_files():
    """The files rows name, as StoredFile: (stored, derived), the files of
    the fields and the renditions and previews made from images, which
    exist once made."""
    stored, derived = set(), set()
    for model in apps.get_models():
        fields = [
            f for f in model._meta.concrete_fields if isinstance(f, models.FileField)
        ]
        for field in fields:
            folder = folder_of(field.storage)
            if folder is None:
                continue  # not an upload storage: neither swept nor backed up
            rows = model._base_manager.exclude(**{field.name: ""}).only(
                "pk", field.name
            )
            for instance in rows.iterator():
                name = getattr(instance, field.attname).name
                if not name:
                    continue
                stored.add(StoredFile(folder, name))
                if isinstance(field, ImageField):
                    derived.update(
                        StoredFile(folder_of(storage), made)
                        for storage, made in files_of(instance, field, name)[1:]
                    )
    return stored, derived - stored


def _spooled_uploads():
    """The uploads being received, on this machine's disk, unless they are
    in an upload storage's folder already (PENDING_ROOT by default)."""
    if not settings.FILE_UPLOAD_TEMP_DIR:
        return []  # the system's temporary folder: not ours to sweep
    spool = Path(settings.FILE_UPLOAD_TEMP_DIR).resolve()
    for _folder, storage in upload_storages():
        if isinstance(storage, FileSystemStorage) and spool.is_relative_to(
            Path(storage.location).resolve()
        ):
            return []
    if not spool.is_dir():
        return []
    return [
        path
        for path in sorted(spool.rglob("*"))
        if path.is_file() and not path.is_symlink()
    ]


def debris(older_than=KEPT_AT_LEAST):
    """What no row names, last written before ``older_than`` ago: StoredFile
    for a file in an upload storage, a Path for an upload being received."""
    named = set().union(*stored_files())
    before = timezone.now() - older_than
    found = []
    for stored in uploaded_files():
        if stored in named:
            continue
        if stored.storage.get_modified_time(stored.name) < before:
            found.append(stored)
    for path in _spooled_uploads():
        if datetime.fromtimestamp(path.stat().st_mtime, UTC) < before:
            found.append(path)
    return found


def sweep(older_than=KEPT_AT_LEAST):
    """Delete the debris; what was deleted. Folders stay, empty or not."""
    deleted = debris(older_than)
    for item in deleted:
        if isinstance(item, Path):
            item.unlink(missing_ok=True)
        else:
            item.storage.delete(item.name)
    return deleted
