"""Uploaded images were kept in MEDIA_ROOT, which the web server serves, so
that a rendition's address without its last parts served the uncropped
source. Sources now live in SOURCES_ROOT: move those already stored there.
Everything in MEDIA_ROOT but the renditions is a source."""

import shutil
from pathlib import Path

from django.conf import settings
from django.db import migrations


def move_tree(source_root, target_root, keep):
    source_root, target_root = Path(source_root), Path(target_root)
    if not source_root.is_dir() or source_root.resolve() == target_root.resolve():
        return
    for path in sorted(source_root.rglob("*")):
        relative = path.relative_to(source_root)
        if not path.is_file() or relative.parts[0] == keep:
            continue
        target = target_root / relative
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(path, target)


def forwards(apps, schema_editor):
    move_tree(settings.MEDIA_ROOT, settings.SOURCES_ROOT, settings.IMAGEKIT_CACHEFILE_DIR)


def backwards(apps, schema_editor):
    move_tree(settings.SOURCES_ROOT, settings.MEDIA_ROOT, settings.IMAGEKIT_CACHEFILE_DIR)


class Migration(migrations.Migration):
    dependencies = [("embassy", "0003_site_settings_move_to_pages")]

    operations = [migrations.RunPython(forwards, backwards, elidable=True)]
