"""Files that no row names: what a killed upload, a crash between writing a
file and committing its row, or a fault during processing left behind.

Every file field of every model says which files it stores, and every
image field of ours which renditions it made of them; a file under
MEDIA_ROOT, SOURCES_ROOT or PENDING_ROOT (where Django also writes the
uploads it is receiving: FILE_UPLOAD_TEMP_DIR) that none of them names,
older than a bound so that an upload under way is never touched, is
debris. ``manage.py sweep_files`` lists it (``--dry-run``) or deletes it;
the worker runs it once a day.
"""

import os
import time
from datetime import timedelta
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import models

from .images.fields import ImageField, files_of

# An upload, or a photo being processed, finishes well within this.
KEPT_AT_LEAST = timedelta(hours=6)


def roots():
    return [
        Path(settings.MEDIA_ROOT),
        Path(settings.SOURCES_ROOT),
        Path(settings.PENDING_ROOT),
    ]


def stored_files():
    """The absolute paths of the files rows name: (stored, derived), the
    files of the fields and the renditions and previews made from images,
    which exist once made."""
    stored, derived = set(), set()
    for model in apps.get_models():
        fields = [
            f for f in model._meta.concrete_fields if isinstance(f, models.FileField)
        ]
        for field in fields:
            rows = model._base_manager.exclude(**{field.name: ""}).only(
                "pk", field.name
            )
            for instance in rows.iterator():
                name = getattr(instance, field.attname).name
                if not name:
                    continue
                stored.add(os.path.abspath(field.storage.path(name)))
                if isinstance(field, ImageField):
                    derived.update(
                        os.path.abspath(storage.path(made))
                        for storage, made in files_of(instance, field, name)[1:]
                    )
    return stored, derived - stored


def debris(older_than=KEPT_AT_LEAST):
    """The files no row names, last written before ``older_than`` ago."""
    named = set().union(*stored_files())
    before = time.time() - older_than.total_seconds()
    found = []
    for root in roots():
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and not path.is_symlink():
                if str(path.resolve()) not in named and path.stat().st_mtime < before:
                    found.append(path)
    return found


def sweep(older_than=KEPT_AT_LEAST):
    """Delete the debris; what was deleted. Folders stay, empty or not."""
    deleted = debris(older_than)
    for path in deleted:
        path.unlink(missing_ok=True)
    return deleted
