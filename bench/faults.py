"""What visitors and editors get when things go wrong, measured.

    .venv/bin/python bench/faults.py [--outage SECONDS]

On a throwaway PostgreSQL database (embassy_bench_faults, on the server
DATABASE_URL names, by default postgres://postgres@127.0.0.1:5432/) with
the demo content, everything on 127.0.0.1 and bounded in time:

1. The database goes away under load: the site runs under gunicorn with
   production settings and its page cache (Redis, db 13) while four
   visitors request pages, some from the cache and a search that is
   rendered each time; the database then refuses connections and drops
   those it had (as when it stops; the server itself keeps running for
   the other databases on it) for --outage seconds, and comes back. The
   table gives, second by second, what visitors got, and how long after
   the database's return the first rendered page came.
2. The worker is killed mid-batch: twelve photos are queued, the worker is
   killed (SIGKILL) once it has processed some, and another is started:
   every photo must end ready, no task stay running, no file be left that
   no row names.
3. The disk fills: the uploads' folders on a small tmpfs (mounting it
   needs root), a batch larger than the disk is uploaded, then a batch
   that fits is processed once the disk has filled; the disk is freed and
   the failed photos are retried.
4. A gunicorn worker is killed mid-upload (SIGKILL while the batch is half
   received): what it leaves, and what the sweep leaves of it.
5. The app server is reloaded (SIGHUP, as on a deployment) and stopped
   (SIGTERM) under load, each while an editor's batch is being received.
"""

import argparse
import collections
import http.client
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.production import production_environment  # noqa: E402

WORK = Path(tempfile.mkdtemp(prefix="embassy-bench-faults-"))
DATABASE = "embassy_bench_faults"
server = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/")
parts = urlsplit(server)
ADMIN_URL = urlunsplit(parts._replace(path="/postgres"))
SITE = {
    "DATABASE_URL": urlunsplit(parts._replace(path=f"/{DATABASE}")),
    "MEDIA_ROOT": str(WORK / "media"),
    "SOURCES_ROOT": str(WORK / "sources"),
    "PENDING_ROOT": str(WORK / "pending"),
    "STATIC_ROOT": str(WORK / "static"),
    "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
}
PRODUCTION = {**SITE, **production_environment(13, "CRITICAL")}
PORT = 8711
# The editors' scenarios sign in with a password alone (production asks a
# code too) and keep the rest of production's settings that matter here.
EDITORS = {
    **SITE,
    "DJANGO_SETTINGS_MODULE": "embassy.settings.base",
    "DEBUG": "false",
    "SECRET_KEY": PRODUCTION["SECRET_KEY"],
    "ALLOWED_HOSTS": "127.0.0.1",
    "LOG_LEVEL": "CRITICAL",
}
EDITOR_PASSWORD = secrets.token_urlsafe(16)

import psycopg  # noqa: E402

admin = psycopg.connect(ADMIN_URL, autocommit=True)
admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
admin.execute(f"CREATE DATABASE {DATABASE}")
os.environ.update(SITE, DJANGO_SETTINGS_MODULE="embassy.settings.base", DEBUG="true")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import Group, User  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import override_settings  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402

from embassy import sweep  # noqa: E402
from gallery.models import Album, Photo  # noqa: E402
from gallery.tasks import process_photo  # noqa: E402
from tests.gallery.factories import album_form  # noqa: E402
from tests.images import image_bytes, large_png  # noqa: E402
from tests.remote import BOUNDARY, Session, multipart, wait_until_alive  # noqa: E402


def database(allowed):
    admin.execute(f"ALTER DATABASE {DATABASE} ALLOW_CONNECTIONS {str(allowed).lower()}")
    if not allowed:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
            [DATABASE],
        )


def manage(*arguments, environment=None):
    return subprocess.run(  # nosec B603
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env={**os.environ, **(environment or {})},
        check=True,
        capture_output=True,
    )


def get(path):
    """What a visitor got: the status, or the kind of failure (from the
    site on the loopback)."""
    try:
        with urllib.request.urlopen(  # nosec B310
            f"http://127.0.0.1:{PORT}{path}", timeout=10
        ) as response:
            return str(response.status) + (
                "s" if response.headers.get("X-Page-Cache") == "stale" else ""
            )
    except urllib.error.HTTPError as error:
        return str(error.code)
    except OSError:
        return "no answer"


def outage(seconds):
    manage("collectstatic", "--noinput", "-v0", environment=PRODUCTION)
    subprocess.run(
        ["redis-cli", "-n", "13", "flushdb"], check=True, capture_output=True
    )  # nosec B603 B607
    web = gunicorn(2, PRODUCTION)
    pages = ["/en/", "/ru/news/", "/en/mission/", "/en/search/?q=visit"]
    for _ in range(100):
        if get("/healthz") == "200":
            break
        time.sleep(0.2)
    for path in pages:
        get(path)  # stored, except the search
    seen = collections.defaultdict(collections.Counter)
    rendered_after = []
    stop = threading.Event()
    start = time.monotonic()
    state = {"away": None, "back": None}

    def visitor(offset):
        number = offset
        while not stop.is_set():
            path = pages[number % len(pages)]
            number += 1
            status = get(path)
            now = time.monotonic()
            seen[int(now - start)][status] += 1
            if state["back"] and path.startswith("/en/search") and status == "200":
                rendered_after.append(now - state["back"])

    threads = [threading.Thread(target=visitor, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(3)
    state["away"] = time.monotonic()
    database(False)
    time.sleep(seconds)
    database(True)
    state["back"] = time.monotonic()
    time.sleep(5)
    stop.set()
    for thread in threads:
        thread.join()
    web.send_signal(signal.SIGTERM)
    web.wait(timeout=60)
    away = int(state["away"] - start)
    back = int(state["back"] - start)
    print(
        f"1. The database away for {seconds} s under load "
        "(4 visitors, gunicorn, 2 workers)"
    )
    print(
        "   second  what visitors got (status: requests; "
        "200s = the page as it last was)"
    )
    for second in sorted(seen):
        mark = " (away)" if away <= second < back else ""
        answers = ", ".join(
            f"{status}: {count}" for status, count in sorted(seen[second].items())
        )
        print(f"   {second:>6}  {answers}{mark}")
    first = f"{min(rendered_after):.2f} s" if rendered_after else "never"
    print(
        f"   a rendered page (the search) answered 200 again {first} after the return"
    )


def killed_worker(photos=12):
    album = Album.objects.create(title_en="Faults", slug="faults")
    for number in range(photos):
        photo = Photo(album=album, original_name=f"p{number}.jpg")
        photo.pending.save(
            "p", SimpleUploadedFile("p", image_bytes(size=(3000, 2000))), save=False
        )
        photo.save()
        process_photo.enqueue(photo.pk)
    command = [
        sys.executable,
        "manage.py",
        "worker",
        "--no-startup-delay",
        "--no-reload",
    ]
    quiet = {"cwd": ROOT, "env": os.environ, "stderr": subprocess.DEVNULL}
    batch = album.photos.all()
    first = subprocess.Popen(command, **quiet)  # nosec B603
    deadline = time.monotonic() + 120
    while (
        batch.filter(state=Photo.State.READY).count() < 3
        and time.monotonic() < deadline
    ):
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait()
    processed = batch.filter(state=Photo.State.READY).count()
    running = DBTaskResult.objects.running().count()
    # The dead worker's heartbeat must age past the bound before its task
    # is known to be interrupted: the next worker finds it then.
    started = time.monotonic()
    second = subprocess.Popen(command, **quiet)  # nosec B603
    while (
        batch.exclude(state=Photo.State.READY).exists()
        and time.monotonic() - started < 180
    ):
        time.sleep(0.5)
    took = time.monotonic() - started
    second.send_signal(signal.SIGTERM)
    second.wait(timeout=60)
    states = collections.Counter(batch.values_list("state", flat=True))
    print(f"2. The worker killed mid-batch ({photos} photos of 6 megapixels)")
    print(f"   killed after {processed} photos, with {running} task left running")
    print(f"   another worker finished the batch {took:.0f} s later: {dict(states)}")
    print(
        f"   tasks still running: {DBTaskResult.objects.running().count()}; "
        f"files no row names: {len(sweep.debris(older_than=sweep.KEPT_AT_LEAST * 0))}"
    )


def gunicorn(workers, environment):
    return subprocess.Popen(  # nosec B603
        [Path(sys.executable).parent / "gunicorn", "-c", "gunicorn.conf.py",
         "--workers", str(workers), "--bind", f"127.0.0.1:{PORT}", "embassy.wsgi"],
        cwd=ROOT, env={**os.environ, **environment}, stderr=subprocess.DEVNULL,
    )  # fmt: skip


@contextmanager
def editors_site(workers=2, **folders):
    """The site under gunicorn, and a gallery editor signed in to it."""
    environment = {**EDITORS, **{name: str(path) for name, path in folders.items()}}
    web = gunicorn(workers, environment)
    try:
        wait_until_alive(PORT)
        editor = Session()
        assert editor.sign_in(PORT, "gallery", EDITOR_PASSWORD)
        yield web, editor
    finally:
        web.send_signal(signal.SIGTERM)
        web.wait(timeout=90)


def album_upload(editor, album, photos):
    """The editor's upload of ``photos`` (name, bytes) to the album: the
    status, or the kind of failure."""
    path = f"/admin/gallery/album/{album.pk}/change/"
    editor.request(PORT, "GET", path)
    fields = album_form(album)
    files = [("photos_upload", name, content) for name, content in photos]
    try:
        return str(
            editor.request(PORT, "POST", path, fields, files, timeout=120)[0].status
        )
    except OSError as error:
        return type(error).__name__


def files_under(folder):
    return [path for path in Path(folder).rglob("*") if path.is_file()]


def run_worker(until, seconds=120, **folders):
    """A worker over the queue until ``until()`` holds or time is up."""
    environment = {**os.environ, **{name: str(path) for name, path in folders.items()}}
    worker = subprocess.Popen(  # nosec B603
        [sys.executable, "manage.py", "worker", "--no-startup-delay", "--no-reload"],
        cwd=ROOT, env=environment, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + seconds
    while not until() and time.monotonic() < deadline:
        time.sleep(0.2)
    worker.send_signal(signal.SIGTERM)
    worker.wait(timeout=60)


def disk_full(megabytes=64):
    disk = WORK / "small-disk"
    disk.mkdir()
    mounted = subprocess.run(  # nosec B603 B607
        ["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", disk],
        capture_output=True,
    )
    print(
        f"3. The disk full ({megabytes} MB tmpfs for uploads, sources and renditions)"
    )
    if mounted.returncode:
        print("   not measured: mounting a tmpfs needs root")
        return
    folders = {
        "MEDIA_ROOT": disk / "media",
        "SOURCES_ROOT": disk / "sources",
        "PENDING_ROOT": disk / "pending",
    }
    try:
        # The site's images move there, so that its pages have them.
        for name in ("MEDIA_ROOT", "SOURCES_ROOT"):
            shutil.copytree(SITE[name], folders[name])
        album = Album.objects.create(title_en="Full disk", slug="full-disk")
        photo = large_png(4)
        with editors_site(**folders) as (_, editor):
            before = set(files_under(disk))
            status = album_upload(
                editor, album, [(f"{n}.png", photo) for n in range(16)]
            )
            left = set(files_under(disk)) - before
            print(
                f"   a batch of 16 x 4 MB: the editor got {status}; "
                f"photos kept: {album.photos.count()}; files left: {len(left)}; "
                f"the gallery answered {get('/en/gallery/')}"
            )
            status = album_upload(
                editor, album, [(f"{n}.png", photo) for n in range(3)]
            )
        filler = disk / "filler"
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        with open(filler, "wb") as file:
            file.truncate(0)
            os.posix_fallocate(file.fileno(), 0, max(free - 256 * 1024, 0))
        batch = album.photos.all()
        processing = batch.filter(state=Photo.State.PROCESSING)
        run_worker(lambda: not processing.exists(), **folders)
        states = collections.Counter(batch.values_list("state", flat=True))
        reasons = set(batch.exclude(error="").values_list("error", flat=True))
        empty = [path for path in files_under(disk) if path.stat().st_size == 0]
        print(
            f"   a batch of 3 that fits ({status}), processed on a full disk: "
            f"{dict(states)}, reasons: {sorted(reasons)}; empty files: {len(empty)}"
        )
        filler.unlink()
        manage("retry_photos", environment={k: str(v) for k, v in folders.items()})
        run_worker(lambda: not processing.exists(), **folders)
        states = collections.Counter(batch.values_list("state", flat=True))
        with override_settings(**folders):
            left = len(sweep.debris(older_than=sweep.KEPT_AT_LEAST * 0))
        print(
            f"   the disk freed, retry_photos and the worker: {dict(states)}; "
            f"files no row names: {left}"
        )
    finally:
        subprocess.run(["umount", disk], check=True)  # nosec B603 B607


def killed_mid_upload():
    album = Album.objects.create(title_en="Killed upload", slug="killed-upload")
    uploading = Path(SITE["PENDING_ROOT"]) / "uploading"
    body = multipart(
        {"title_en": album.title_en},
        [("photos_upload", f"{n}.png", large_png(4)) for n in range(5)],
    )
    with editors_site(workers=1) as (web, editor):
        server = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        headers = editor.headers(PORT, "/")
        headers["Content-Type"] = f"multipart/form-data; boundary={BOUNDARY}"
        headers["Content-Length"] = str(len(body))
        server.putrequest(
            "POST", f"/admin/gallery/album/{album.pk}/change/", skip_host=True
        )
        for name, value in headers.items():
            server.putheader(name, value)
        server.endheaders()
        server.send(body[: len(body) * 3 // 4])
        time.sleep(1)
        [worker] = Path(f"/proc/{web.pid}/task/{web.pid}/children").read_text().split()
        os.kill(int(worker), signal.SIGKILL)
        server.close()
        time.sleep(0.5)
        left = files_under(uploading)
        megabytes = sum(path.stat().st_size for path in left) / 2**20
        time.sleep(2)  # the master starts another worker
        visitor = Session().request(PORT, "GET", "/en/gallery/")[0].status
    manage("sweep_files", "--older-than-hours", "0")
    print(
        "4. A gunicorn worker killed with a batch of 5 x 4 MB three quarters received"
    )
    print(
        f"   left behind: {len(left)} temporary upload files "
        f"({megabytes:.1f} MB); "
        f"photos kept: {album.photos.count()}; the gallery then answered {visitor}"
    )
    print(f"   after sweep_files: {len(files_under(uploading))} files")


def signalled_under_load(web, how, editor, album, batch):
    """Send ``how`` to gunicorn while four visitors read the news and the
    editor's batch is being received: what the editor and visitors got."""
    seen = collections.Counter()
    stop = threading.Event()
    upload = {}

    def visitor():
        while not stop.is_set():
            seen[get("/en/news/")] += 1

    def uploader():
        upload["status"] = album_upload(editor, album, batch)

    threads = [threading.Thread(target=visitor) for _ in range(4)]
    threads.append(threading.Thread(target=uploader))
    before = album.photos.count()
    uploading = Path(SITE["PENDING_ROOT"]) / "uploading"
    for thread in threads:
        thread.start()
    # Once the server has begun writing the batch down.
    deadline = time.monotonic() + 30
    while not files_under(uploading) and time.monotonic() < deadline:
        time.sleep(0.01)
    web.send_signal(how)
    threads[-1].join()
    time.sleep(1)
    stop.set()
    for thread in threads:
        thread.join()
    return upload["status"], album.photos.count() - before, dict(seen)


def restarted_under_load():
    album = Album.objects.create(title_en="Restarts", slug="restarts")
    batch = [(f"{n}.png", large_png(1)) for n in range(40)]
    print("5. The app server reloaded and stopped under load (4 visitors, an upload)")
    with editors_site() as (web, editor):
        for name, how in (("reloaded", signal.SIGHUP), ("stopped", signal.SIGTERM)):
            status, kept, seen = signalled_under_load(web, how, editor, album, batch)
            print(
                f"   {name} as {len(batch)} photos were being received: the editor "
                f"got {status} ({kept} photos kept); visitors got {seen}"
            )
            if how == signal.SIGHUP:
                wait_until_alive(PORT)


def with_an_editor(scenario):
    def run():
        if not User.objects.filter(username="gallery").exists():
            editor = User.objects.create_user(
                "gallery", password=EDITOR_PASSWORD, is_staff=True
            )
            editor.groups.add(Group.objects.get(name="Gallery editors"))
        scenario()

    return run


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--outage", type=int, default=10)
    parser.add_argument(
        "--only", type=int, nargs="*", help="the numbers of the scenarios to run"
    )
    arguments = parser.parse_args()
    scenarios = {
        1: lambda: outage(arguments.outage),
        2: killed_worker,
        3: with_an_editor(disk_full),
        4: with_an_editor(killed_mid_upload),
        5: with_an_editor(restarted_under_load),
    }
    call_command("migrate", verbosity=0)
    os.environ["TASKS_BACKEND"] = "django.tasks.backends.immediate.ImmediateBackend"
    manage("load_demo")
    os.environ["TASKS_BACKEND"] = SITE["TASKS_BACKEND"]
    print(f"load {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    for number in arguments.only or scenarios:
        scenarios[number]()
        connection.close()  # each scenario's servers see the database anew


if __name__ == "__main__":
    try:
        main()
    finally:
        connection.close()
        database(True)
        admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        shutil.rmtree(WORK, ignore_errors=True)
