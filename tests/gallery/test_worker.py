"""The background worker outlives what goes wrong around it: a worker that
dies mid-photo, a database that goes away."""

import io
import os
import resource
import signal
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import OperationalError, connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from embassy.models import Heartbeat
from embassy.worker import (
    ATTEMPTS,
    GONE_AFTER,
    INTERRUPTED,
    forget_gone_workers,
    recover_interrupted,
)
from gallery.models import Photo, pending_storage
from gallery.tasks import process_photo
from tests.faults import database_away
from tests.gallery.factories import make_album
from tests.images import image_bytes, large_png
from tests.remote import wait_for

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parent.parent.parent
QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def queued_photo(settings):
    """A photo uploaded and queued, as the admin leaves it."""
    settings.TASKS = QUEUE
    photo = Photo(album=make_album(slug="reception"), original_name="guest.jpg")
    photo.pending.save("guest", SimpleUploadedFile("guest", image_bytes()), save=False)
    photo.save()
    process_photo.enqueue(photo.pk)
    return photo


def a_worker_dies_while_processing():
    DBTaskResult.objects.ready().get().claim("a worker that died")


# Later than a dead worker's last heartbeat could be.
def later():
    return timezone.now() + GONE_AFTER + timedelta(seconds=1)


def test_a_photo_whose_worker_died_is_processed_again(queued_photo):
    a_worker_dies_while_processing()
    assert recover_interrupted(now=later()) == 1
    assert DBTaskResult.objects.filter(exception_class_path=INTERRUPTED).count() == 1
    call_command("worker", "--batch", "--no-startup-delay", verbosity=0)
    queued_photo.refresh_from_db()
    assert queued_photo.state == Photo.State.READY


def test_a_photo_that_stops_every_worker_ends_failed_with_its_upload_gone(
    queued_photo,
):
    pending_name = queued_photo.pending.name
    for _attempt in range(ATTEMPTS):
        a_worker_dies_while_processing()
        recover_interrupted(now=later())
    queued_photo.refresh_from_db()
    assert queued_photo.state == Photo.State.FAILED
    assert "Upload a smaller version" in queued_photo.error
    assert not queued_photo.pending and not pending_storage.exists(pending_name)
    assert not DBTaskResult.objects.ready().exists()


def test_the_work_of_a_worker_that_beats_is_left_alone(queued_photo):
    DBTaskResult.objects.ready().get().claim("alive")
    Heartbeat.objects.create(worker_id="alive", host="here", pid=1, beat_at=later())
    assert recover_interrupted(now=later()) == 0
    assert DBTaskResult.objects.running().count() == 1


def test_a_task_the_database_cut_short_is_queued_again(queued_photo):
    """The database went away while the photo was processed: the queue
    records the task failed with the error (or the worker, which beats on,
    still has it running); either way it runs again, and the photo ends
    ready."""
    DBTaskResult.objects.ready().get().claim("this worker")
    result = DBTaskResult.objects.running().get()
    result.set_failed(OperationalError("the connection was lost"))
    assert recover_interrupted() == 1
    # Recovered once only.
    assert recover_interrupted() == 0
    DBTaskResult.objects.ready().get().claim("this worker")
    Heartbeat.objects.create(
        worker_id="this worker", host="here", pid=1, beat_at=timezone.now()
    )
    assert recover_interrupted() == 0
    assert recover_interrupted(worker_id="this worker") == 1
    call_command("worker", "--batch", "--no-startup-delay", verbosity=0)
    queued_photo.refresh_from_db()
    assert queued_photo.state == Photo.State.READY


def test_the_heartbeats_of_workers_long_gone_are_forgotten():
    now = timezone.now()
    Heartbeat.objects.create(worker_id="now", host="here", pid=1, beat_at=now)
    Heartbeat.objects.create(
        worker_id="last year", host="here", pid=2, beat_at=now - timedelta(days=2)
    )
    forget_gone_workers(now)
    assert list(Heartbeat.objects.values_list("worker_id", flat=True)) == ["now"]


@pytest.mark.postgresql
def test_the_worker_waits_out_a_database_outage(queued_photo, settings):
    """The real worker, in its own process, through an outage: it beats
    again and processes what was queued, instead of exiting."""
    database = connection.settings_dict
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "embassy.settings.base",
        "DEBUG": "true",
        "DATABASE_URL": (
            f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}"
            f"/{database['NAME']}"
        ),
        "TASKS_BACKEND": QUEUE["default"]["BACKEND"],
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "PENDING_ROOT": str(settings.PENDING_ROOT),
        "SOURCES_ROOT": str(settings.SOURCES_ROOT),
    }
    command = [sys.executable, "manage.py", "worker", "--no-startup-delay"]
    command += ["--no-reload", "--worker-id", "through-an-outage"]
    log = []
    with database_away():
        worker = subprocess.Popen(
            command, cwd=ROOT, env=environment, stderr=subprocess.PIPE, text=True
        )
        threading.Thread(target=lambda: log.extend(worker.stderr), daemon=True).start()
        try:
            # Its queries fail while the database is away, and it stays.
            assert wait_for(lambda: "The database is away" in "".join(log)), log
            assert worker.poll() is None, log
        except BaseException:
            worker.kill()
            raise
    try:
        assert wait_for(
            lambda: Photo.objects.get(pk=queued_photo.pk).state == Photo.State.READY
        ), log
        assert wait_for(
            lambda: Heartbeat.objects.filter(worker_id="through-an-outage").exists()
        ), log
    finally:
        worker.terminate()
        worker.wait(timeout=30)


def test_a_photo_cut_short_as_it_is_written_leaves_no_part_of_it(settings):
    """The kernel refuses the processed photo halfway through writing it (a
    file size limit, as a full disk would): the part written is removed,
    the photo says why it failed, and its upload is kept to retry."""
    photo = Photo(album=make_album(slug="reception"), original_name="noise.png")
    photo.pending.save("noise", SimpleUploadedFile("noise", large_png(4)), save=False)
    photo.save()
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, limit[1]))
    try:
        process_photo.call(photo.pk)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limit)
        signal.signal(signal.SIGXFSZ, handler)
    photo.refresh_from_db()
    assert photo.state == Photo.State.FAILED
    assert "could not store the photo (File too large)" in photo.error
    written = [
        path
        for root in (settings.SOURCES_ROOT, settings.MEDIA_ROOT)
        for path in Path(root).rglob("*")
        if path.is_file()
    ]
    assert not written
    assert pending_storage.exists(photo.pending.name)


def test_a_photo_that_cannot_be_stored_fails_cleanly_and_is_retried(settings, tmp_path):
    """Storage refuses the processed photo (here its folder cannot be made,
    as on a full disk): the photo says so, nothing half-written stays, and
    once storage works retry_photos processes the kept upload."""
    photo = Photo(album=make_album(slug="reception"), original_name="guest.jpg")
    photo.pending.save("guest", SimpleUploadedFile("guest", image_bytes()), save=False)
    photo.save()
    working_media = settings.MEDIA_ROOT
    (tmp_path / "not-a-folder").write_text("")
    settings.MEDIA_ROOT = tmp_path / "not-a-folder" / "media"
    process_photo.call(photo.pk)
    photo.refresh_from_db()
    assert photo.state == Photo.State.FAILED
    assert "could not store the photo (Not a directory)" in photo.error
    assert photo.pending and pending_storage.exists(photo.pending.name)
    assert not photo.image
    settings.MEDIA_ROOT = working_media
    call_command("retry_photos", stdout=io.StringIO())
    photo.refresh_from_db()
    assert photo.state == Photo.State.READY and not photo.error
    assert photo.image.storage.exists(photo.image.name)
