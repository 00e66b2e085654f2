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
"""

import argparse
import collections
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
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
PRODUCTION = {
    **SITE,
    "DJANGO_SETTINGS_MODULE": "embassy.settings.production",
    "DEBUG": "false",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "127.0.0.1",
    "SECURE_SSL_REDIRECT": "false",
    "CACHE_URL": "redis://127.0.0.1:6379/13",
    "LOG_LEVEL": "CRITICAL",
}
PORT = 8711

import psycopg  # noqa: E402

admin = psycopg.connect(ADMIN_URL, autocommit=True)
admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
admin.execute(f"CREATE DATABASE {DATABASE}")
os.environ.update(SITE, DJANGO_SETTINGS_MODULE="embassy.settings.base", DEBUG="true")

import django  # noqa: E402

django.setup()

from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402

from embassy import sweep  # noqa: E402
from gallery.models import Album, Photo  # noqa: E402
from gallery.tasks import process_photo  # noqa: E402
from tests.images import image_bytes  # noqa: E402


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
    web = subprocess.Popen(  # nosec B603
        [Path(sys.executable).parent / "gunicorn", "--workers", "2",
         "--bind", f"127.0.0.1:{PORT}", "embassy.wsgi"],
        cwd=ROOT, env={**os.environ, **PRODUCTION}, stderr=subprocess.DEVNULL,
    )  # fmt: skip
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--outage", type=int, default=10)
    arguments = parser.parse_args()
    call_command("migrate", verbosity=0)
    os.environ["TASKS_BACKEND"] = "django.tasks.backends.immediate.ImmediateBackend"
    manage("load_demo")
    os.environ["TASKS_BACKEND"] = SITE["TASKS_BACKEND"]
    print(f"load {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    outage(arguments.outage)
    connection.close()
    killed_worker()


if __name__ == "__main__":
    try:
        main()
    finally:
        connection.close()
        database(True)
        admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
