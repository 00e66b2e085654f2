"""Benchmark of the public pages, served as in production.

    .venv/bin/python bench/pages.py [articles] [--sqlite] [--seconds N]
                                    [--server gthread|sync|granian]

Builds a throwaway database (embassy_bench_pages on the PostgreSQL server
that DATABASE_URL names, by default postgres://postgres@127.0.0.1:5432/;
with --sqlite a file in a temporary folder) with the demo content and then
this many more articles (100,000 by default, 5,000 on SQLite). It then
starts two servers on 127.0.0.1 with the same server and workers (gunicorn
with its production configuration, gunicorn.conf.py, and 2 workers of 4
threads, unless --server says otherwise):

- the site under production settings, with its page cache (Redis, db 14);
- the framework's ceiling: a minimal Django view of a fixed 20 KB page
  (bench/ceiling.py).

wrk (Debian's package) drives each page in turn as a visitor (from the
cache), as an editor (a request with a session cookie, rendered each
time, as every request of a signed-in editor is), and the ceiling, twice,
interleaved, so that the machine's load falls on all of them alike. The
table gives requests per second, p50 and p99 latency, the workers' CPU
time per request, the ratios of the goals (cached ≥ 0.8 × the ceiling;
uncached p99 under 50 ms), and the queries each page costs rendered from
scratch (nothing remembered), with the demo content and with all the
articles.
"""

import argparse
import datetime
import io
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.production import production_environment  # noqa: E402

SQLITE = "--sqlite" in sys.argv
WORK = Path(tempfile.mkdtemp(prefix="embassy-bench-pages-"))
server = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/")
parts = urlsplit(server)
DATABASE = "embassy_bench_pages"
admin_url = urlunsplit(parts._replace(path="/postgres"))
DATABASE_URL = (
    f"sqlite:///{WORK / 'bench.sqlite3'}"
    if SQLITE
    else urlunsplit(parts._replace(path=f"/{DATABASE}"))
)
FOLDERS = {
    "MEDIA_ROOT": str(WORK / "media"),
    "SOURCES_ROOT": str(WORK / "sources"),
    "PENDING_ROOT": str(WORK / "pending"),
    "STATIC_ROOT": str(WORK / "static"),
}
os.environ.update(
    DJANGO_SETTINGS_MODULE="embassy.settings.base",
    DATABASE_URL=DATABASE_URL,
    DEBUG="true",  # the demo loader runs only on a try-out site
    # Photos are processed as they are loaded, without a worker.
    TASKS_BACKEND="django.tasks.backends.immediate.ImmediateBackend",
    **FOLDERS,
)

import django  # noqa: E402

if not SQLITE:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {DATABASE}")

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from embassy.publishing import Status  # noqa: E402
from gallery.models import Album  # noqa: E402
from news.models import Article, Category  # noqa: E402

PORTS = {"ceiling": 8701, "site": 8702}
# Each load: the server it goes to, its connections (enough to keep both
# workers busy for the rates; one per worker for the editor's latencies,
# which are then the page's own time and not a queue's) and its headers.
# An editor's requests carry a session cookie (of no session), so that
# they are never served from the page cache.
LOADS = {
    "ceiling": ("ceiling", 8, []),
    "cached": ("site", 8, []),
    "uncached": ("site", 2, ["-H", "Cookie: sessionid=none"]),
}
GOAL_CACHED = 0.8  # × the ceiling's requests per second
GOAL_P99_MS = 50  # uncached


def build(count):
    categories = list(Category.objects.all())
    now = timezone.now()
    batch = []
    words = (
        "The delegation met the council to discuss cooperation in trade, "
        "energy, water and education, and the next session's agenda."
    )
    for number in range(count):
        batch.append(
            Article(
                slug=f"bench-{number}",
                category=categories[number % len(categories)],
                status=Status.PUBLISHED,
                featured=number % 50 == 0,
                publish_at=now - datetime.timedelta(days=400, minutes=number),
                title_en=f"Meeting number {number} of the council",
                title_ru=f"Заседание совета номер {number}",
                summary_en=words,
                body_en=f"<p>{words}</p>" * 6,
                body_ru=f"<p>{words}</p>" * 6,
            )
        )
        if len(batch) == 2000:
            Article.objects.bulk_create(batch)
            batch = []
    Article.objects.bulk_create(batch)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def pages():
    """The pages measured; the deep page of the news is the 500th, or the
    last when there are fewer."""
    deep = min(500, -(-Article.objects.live().count() // 12))
    article = Article.objects.live().filter(slug__startswith="demo").first()
    article = article or Article.objects.live().order_by("-publish_at").first()
    category = Category.objects.visible().first()
    album = (
        Album.objects.live()
        .annotate(photos_count=Count("photos"))
        .order_by("-photos_count", "pk")
        .first()
    )
    return {
        "home": "/en/",
        "home (ru)": "/ru/",
        "news list": "/en/news/",
        "news, deep page": f"/en/news/?page={deep}",
        "category": category.get_absolute_url(),
        "article": article.get_absolute_url(),
        "album": album.get_absolute_url(),
        "static page": "/en/mission/",
    }


def queries(urls):
    """Each page's queries, rendered from scratch (nothing remembered)."""
    client = Client(headers={"host": "localhost"})
    counts = {}
    with override_settings(PAGE_CACHE_SECONDS=0):
        for name, url in urls.items():
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            counts[name] = len(captured)
    return counts


PRODUCTION = production_environment(14, "WARNING")


def collect_static():
    """The static files as production serves them: hashed, with a manifest."""
    subprocess.run(  # nosec B603
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env={**os.environ, **PRODUCTION},
        check=True,
    )


def start(which, kind):
    environment = {**os.environ, **PRODUCTION}
    address = f"127.0.0.1:{PORTS[which]}"
    if which == "ceiling":
        app, folder = "ceiling:application", ROOT / "bench"
    else:
        app, folder = "embassy.wsgi:application", ROOT
    bin_folder = Path(sys.executable).parent
    if kind == "granian":
        command = [
            bin_folder / "granian", "--interface", "wsgi", "--workers", "2",
            "--blocking-threads", "4", "--host", "127.0.0.1",
            "--port", str(PORTS[which]), "--log-level", "warning", app,
        ]  # fmt: skip
    else:
        # The production configuration, with two workers of the kind asked.
        command = [
            bin_folder / "gunicorn", "--config", ROOT / "gunicorn.conf.py",
            "--workers", "2", "--worker-class", kind, "--bind", address,
            "--log-level", "warning", app,
        ]  # fmt: skip
    process = subprocess.Popen(command, cwd=folder, env=environment)  # nosec B603
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://{address}/", timeout=2)  # nosec B310
            return process
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"the {which} server did not start")


def workers_cpu(process):
    """CPU seconds used so far by the server's processes."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    pids = [process.pid]
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    if children.exists():
        pids += [int(pid) for pid in children.read_text().split()]
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


UNITS = {"us": 0.001, "ms": 1, "s": 1000}


def wrk(url, seconds, process, connections, headers):
    before = workers_cpu(process)
    output = subprocess.run(  # nosec B603 B607
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", *headers, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    cpu = workers_cpu(process) - before

    def latency(percent):
        value, unit = re.search(rf"\s{percent}%\s+([\d.]+)(us|ms|s)\b", output).groups()
        return float(value) * UNITS[unit]

    requests = int(re.search(r"(\d+) requests in", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    assert not errors, f"{url}: {errors.group(0)}"
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency(50),
        "p99": latency(99),
        "cpu_ms": cpu * 1000 / max(requests, 1),
    }


def best(runs):
    """Of the interleaved runs, the faster one (the other had more of the
    machine's other load)."""
    return max(runs, key=lambda run: run["rps"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("articles", type=int, nargs="?")
    parser.add_argument("--sqlite", action="store_true")
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--server", choices=["gthread", "sync", "granian"])
    arguments = parser.parse_args()
    count = arguments.articles or (5_000 if SQLITE else 100_000)
    seconds, kind = arguments.seconds, arguments.server or "gthread"
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=io.StringIO())
    demo_queries = queries(pages())
    build(count)
    urls = pages()
    many_queries = queries(urls)
    print(
        f"{connection.vendor}: demo content and {count:,} more articles, "
        f"built in {time.perf_counter() - started:.0f} s"
    )
    collect_static()
    subprocess.run(  # nosec B603 B607
        ["redis-cli", "-n", "14", "flushdb"], check=True, capture_output=True
    )
    servers = {which: start(which, kind) for which in PORTS}
    try:
        ceiling_url = f"http://127.0.0.1:{PORTS['ceiling']}/"
        rows = []
        for name, path in urls.items():
            runs = {load: [] for load in LOADS}
            for _ in range(2):
                for load, (which, connections, headers) in LOADS.items():
                    url = (
                        ceiling_url
                        if which == "ceiling"
                        else f"http://127.0.0.1:{PORTS[which]}{path}"
                    )
                    server = servers[which]
                    runs[load].append(wrk(url, seconds, server, connections, headers))
            rows.append((name, {which: best(r) for which, r in runs.items()}))
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
        print(
            f"server: {kind}, 2 workers; wrk -t2 -d{seconds}s, 8 connections "
            f"(2 for an editor's); load {load}"
        )
        header = (
            f"{'page':<16}{'ceiling':>9}{'cached':>9}{'×ceil':>7}{'p99':>7}"
            f"{'CPU/req':>9}{'uncached':>10}{'p50':>7}{'p99':>7}{'CPU/req':>9}"
            f"{'queries':>9}"
        )
        print(header)
        print("-" * len(header))
        for name, result in rows:
            ceiling, cached, uncached = (result[load] for load in LOADS)
            ratio = cached["rps"] / ceiling["rps"]
            print(
                f"{name:<16}{ceiling['rps']:>9.0f}{cached['rps']:>9.0f}"
                f"{ratio:>6.2f}{'✓' if ratio >= GOAL_CACHED else '✗'}"
                f"{cached['p99']:>7.1f}{cached['cpu_ms']:>7.2f}ms"
                f"{uncached['rps']:>10.0f}"
                f"{uncached['p50']:>7.1f}{uncached['p99']:>6.1f}"
                f"{'✓' if uncached['p99'] < GOAL_P99_MS else '✗'}"
                f"{uncached['cpu_ms']:>7.1f}ms"
                f"{demo_queries[name]:>5} {many_queries[name]:>3}"
            )
        print(
            "requests per second; latencies in ms; ×ceil: cached ÷ ceiling "
            f"(goal ≥ {GOAL_CACHED}); uncached p99 goal < {GOAL_P99_MS} ms; "
            "CPU: the workers' per request (the ceiling's: "
            f"{statistics.median(r['ceiling']['cpu_ms'] for _, r in rows):.2f} ms); "
            "queries: demo content, all articles"
        )
    finally:
        for process in servers.values():
            process.send_signal(signal.SIGTERM)
        for process in servers.values():
            process.wait(timeout=30)


if __name__ == "__main__":
    try:
        main()
    finally:
        connection.close()
        shutil.rmtree(WORK, ignore_errors=True)
        if not SQLITE:
            with psycopg.connect(admin_url, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
