"""Two app servers behind one load balancer: separate processes on their
own ports, sharing only PostgreSQL, the Redis cache and the media folders.
An editor's requests may land on either, and what one publishes the other
shows at once: nothing a page or a session needs is kept in a process."""

import http.client
import os
import secrets
import signal
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest
import redis
from django.conf import global_settings, settings
from django.contrib.auth.models import Group
from django.db import connection

from news.models import Article
from tests.embassy.test_nginx import free_port
from tests.gallery.factories import album_form, make_album
from tests.images import image_bytes, large_png
from tests.news.factories import article_fields, make_article
from tests.remote import BOUNDARY, Session, multipart, wait_for, wait_until_alive

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
    """The two servers, by port. Their settings are the deployed ones apart
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
        yield dict(zip(ports, servers, strict=True))
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


def test_an_upload_under_way_when_the_server_stops_is_answered(
    app_servers, roles, settings, django_user_model
):
    """gunicorn told to stop (a deployment, systemctl stop) lets the
    request it is receiving finish, and answers it: the editor is not left
    to wonder whether to upload again."""
    port, server = next(iter(app_servers.items()))
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS
    editor = django_user_model.objects.create_user(
        "gallery", password="a gallery password", is_staff=True
    )
    editor.groups.add(Group.objects.get(name="Gallery editors"))
    album = make_album(title_en="Reception", slug="reception")
    session = Session()
    assert session.sign_in(port, "gallery", "a gallery password")
    path = f"/admin/gallery/album/{album.pk}/change/"
    session.request(port, "GET", path)
    fields = album_form(album, csrfmiddlewaretoken=session.csrf_token)
    # The first large enough to be spooled to disk as it comes in.
    photos = [("photos_upload", "hall.png", large_png(4))]
    photos += [("photos_upload", f"{n}.jpg", image_bytes()) for n in range(2)]
    body = multipart(fields, photos)
    upload = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = session.headers(port, path)
    headers["Content-Type"] = f"multipart/form-data; boundary={BOUNDARY}"
    headers["Content-Length"] = str(len(body))
    upload.putrequest("POST", path, skip_host=True)
    for name, value in headers.items():
        upload.putheader(name, value)
    upload.endheaders()
    upload.send(body[: len(body) // 2])
    # The server is writing the first photo down: it waits for the rest.
    uploading = Path(settings.PENDING_ROOT) / "uploading"
    assert wait_for(lambda: any(uploading.iterdir()))
    server.send_signal(signal.SIGTERM)
    upload.send(body[len(body) // 2 :])
    response = upload.getresponse()
    assert response.status == 302
    assert album.photos.count() == 3
    server.wait(timeout=60)
