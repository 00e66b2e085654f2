"""The sweep deletes the files no row names, and only those."""

import io
import os
import time

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from embassy import sweep as sweep_module
from embassy.tasks import schedule_file_sweep, sweep_files
from gallery.models import Photo
from tests.gallery.factories import make_album, make_photo
from tests.images import image_bytes
from tests.news.factories import make_article

pytestmark = pytest.mark.django_db

SEVEN_HOURS = 7 * 60 * 60


def every_file():
    found = set()
    for root in (settings.MEDIA_ROOT, settings.SOURCES_ROOT, settings.PENDING_ROOT):
        for folder, _, names in os.walk(root):
            found.update(os.path.join(folder, name) for name in names)
    return found


def age_everything():
    old = time.time() - SEVEN_HOURS
    for path in every_file():
        os.utime(path, (old, old))


def debris_of_faults():
    """What a killed upload or an interrupted task leaves: a spooled upload,
    a pending photo whose row was never committed, a source and a rendition
    of a row that is gone. By the name the sweep lists, the file."""
    folders = {
        "media": settings.MEDIA_ROOT,
        "sources": settings.SOURCES_ROOT,
        "pending": settings.PENDING_ROOT,
    }
    debris = {}
    for listed in [
        "pending/uploading/tmp1234.upload.jpg",
        "pending/2026/12/lost-upload",
        "sources/gallery/2026/12/gone.jpg",
        "media/renditions/gallery/gone/a.webp",
    ]:
        folder, _, name = listed.partition("/")
        path = debris[listed] = os.path.join(folders[folder], name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as file:
            file.write(image_bytes())
    return debris


@pytest.fixture
def stored(db):
    """Rows with their files: a processed photo with its renditions, a photo
    waiting to be processed, an article's cover."""
    make_photo(make_album(slug="reception"))
    waiting = Photo(album=make_album(slug="visit"), original_name="guest.jpg")
    waiting.pending.save("g", SimpleUploadedFile("g", image_bytes()), save=False)
    waiting.save()
    make_article(cover=SimpleUploadedFile("cover.jpg", image_bytes()))
    return every_file()


def sweep(*arguments):
    output = io.StringIO()
    call_command("sweep_files", *arguments, stdout=output)
    return output.getvalue()


def test_the_sweep_deletes_what_no_row_names_and_keeps_everything_else(stored):
    assert len(stored) > 10  # sources, renditions in two formats, previews
    debris = debris_of_faults()
    age_everything()
    listed = sweep("--dry-run")
    assert every_file() == stored | set(debris.values())
    assert set(listed.splitlines()[:-1]) == set(debris)
    assert "4 files no row names would be deleted." in listed
    assert "4 files no row names deleted." in sweep()
    assert every_file() == stored


def test_the_sweep_leaves_what_may_be_an_upload_under_way(stored):
    debris = debris_of_faults()
    assert "0 files" in sweep()
    assert every_file() == stored | set(debris.values())


def failing():
    raise PermissionError("a folder the site may not read")


def test_each_worker_asks_for_the_sweep_and_one_is_queued(settings, monkeypatch):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    schedule_file_sweep()
    schedule_file_sweep()
    queued = DBTaskResult.objects.filter(task_path=sweep_files.module_path)
    assert queued.count() == 1
    # The worker runs it; while it runs, no other is asked for.
    queued.get().claim("a worker")
    schedule_file_sweep()
    assert queued.count() == 1
    # Once it has run, it asks for the next one, a day later, even when
    # it failed.
    monkeypatch.setattr(sweep_module, "sweep", failing)
    with pytest.raises(PermissionError):
        sweep_files.call()
    assert queued.count() == 2
    assert queued.order_by("run_after").last().run_after > timezone.now()
