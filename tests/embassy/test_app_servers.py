"""Two app servers behind one load balancer: separate processes on their
own ports, sharing only PostgreSQL, the Redis cache and the media folders.
An editor's requests may land on either, and what one publishes the other
shows at once: nothing a page or a session needs is kept in a process."""

import os
import secrets
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest
import redis
from django.conf import global_settings, settings
from django.db import connection

from news.models import Article
from tests.embassy.test_nginx import free_port
from tests.news.factories import article_fields, make_article
from tests.remote import Session, wait_until_alive

ROOT = Path(__file__).resolve().parent.parent.parent
CACHE_URL = "redis://127.0.0.1:6379/15"

pytestmark = pytest.mark.postgresql


def start(port, environment):
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"]
    command += ["--bind", f"127.0.0.1:{port}", "--workers", "1", "embassy.wsgi"]
    return subprocess.Popen(  # nosec B603
        command, cwd=ROOT, env=environment, stderr=subprocess.DEVNULL
    )


@pytest.fixture
def app_servers(transactional_db):
    """The two servers' ports. Their settings are the deployed ones apart
    from TLS and hashed static files, which concern the web server."""
    database = connection.settings_dict
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "embassy.settings.base",
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": (
            f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}"
            f"/{database['NAME']}"
        ),
        "CACHE_URL": CACHE_URL,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "PENDING_ROOT": str(settings.PENDING_ROOT),
        "SOURCES_ROOT": str(settings.SOURCES_ROOT),
    }
    redis.Redis.from_url(CACHE_URL).flushdb()
    ports = [free_port(), free_port()]
    servers = [start(port, environment) for port in ports]
    try:
        for port in ports:
            wait_until_alive(port)
        yield ports
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)


def test_what_one_server_publishes_the_other_shows_at_once(
    app_servers, roles, press_officer, category, settings
):
    first, second = app_servers
    # The servers verify passwords with Django's default hasher, not the
    # suite's fast one.
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS
    press_officer.set_password("press-password")
    press_officer.save()
    make_article(slug="earlier", title_en="An earlier visit", category=category)
    visitor = Session()
    for port in (first, second, second):
        response, text = visitor.request(port, "GET", "/en/news/")
        assert response.status == 200
        assert "An earlier visit" in text
    # The list is now served from the shared cache.
    assert response.headers["X-Page-Cache"] == "hit"

    # The press officer signs in on one server and publishes on the other:
    # the session and its CSRF token are in the database, not in a process.
    editor = Session()
    assert editor.sign_in(first, "press", "press-password")
    editor.request(second, "GET", "/admin/news/article/add/")
    response, text = editor.request(
        second,
        "POST",
        "/admin/news/article/add/",
        article_fields(category, title_en="The minister opens the consulate"),
    )
    assert response.status == 302, unescape(text)

    # One server renders the list anew, and the other takes that from the
    # cache: neither keeps the list from before.
    for port, cache in ((first, "miss"), (second, "hit")):
        response, text = visitor.request(port, "GET", "/en/news/")
        assert "The minister opens the consulate" in text
        assert response.headers["X-Page-Cache"] == cache

    # And what it returns to draft leaves both at once.
    article = Article.objects.get(title_en="The minister opens the consulate")
    editor.request(first, "GET", "/admin/news/article/")
    response, _ = editor.request(
        first,
        "POST",
        "/admin/news/article/",
        {"action": "unpublish", "_selected_action": article.pk},
    )
    assert response.status == 302
    for port, cache in ((second, "miss"), (first, "hit")):
        response, text = visitor.request(port, "GET", "/en/news/")
        assert "The minister opens the consulate" not in text
        assert "An earlier visit" in text
        assert response.headers["X-Page-Cache"] == cache
