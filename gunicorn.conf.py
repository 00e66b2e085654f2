"""gunicorn's settings for the site in production, read from the folder it
starts in: ``.venv/bin/gunicorn embassy.wsgi`` (README, "The server").

Threads (gthread) rather than a process per request (sync): a slow client
or a long upload holds a thread, not a whole process, and the timeout
watches each process's heartbeat rather than each request, so that a batch
of several hundred photos is not cut off after 30 seconds.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# One process per core and one more for the time one waits on the database;
# WEB_CONCURRENCY, gunicorn's own variable, says otherwise.
workers = int(os.environ.get("WEB_CONCURRENCY", (os.cpu_count() or 1) + 1))
worker_class = "gthread"
threads = 4  # within the database pool's 10 connections per process
# A process that has not answered its heartbeat for this long is replaced.
timeout = 60
# On a restart, requests under way (an upload) get this long to finish.
graceful_timeout = 60
# The web server in front keeps its connections open this long.
keepalive = 5
