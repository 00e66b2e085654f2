"""The nginx configuration of the README (deploy/nginx/), run in front of
the site: it keeps visitors' pages as the site's Cache-Control allows and
never an editor's, serves only renditions, and refuses large bodies."""

import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.gallery.factories import make_album, make_photo
from tests.news.factories import make_article

ROOT = Path(__file__).resolve().parent.parent.parent
DEPLOY = ROOT / "deploy" / "nginx"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def nginx_conf(folder, site_port, port, media_parent):
    return f"""
user root;
pid {folder}/nginx.pid;
error_log {folder}/error.log;
daemon off;
events {{}}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    proxy_cache_path {folder}/cache keys_zone=embassy:1m;
    upstream embassy {{ server 127.0.0.1:{site_port}; }}
    server {{
        listen 127.0.0.1:{port};
        set $embassy_root {media_parent};
        include {DEPLOY / "locations.conf"};
    }}
}}
"""


@pytest.fixture
def nginx(live_server, tmp_path, settings):
    port = free_port()
    config = tmp_path / "nginx.conf"
    site_port = live_server.url.rsplit(":", 1)[1]
    media_parent = Path(settings.MEDIA_ROOT).parent
    config.write_text(nginx_conf(tmp_path, site_port, port, media_parent))
    checked = subprocess.run(
        ["nginx", "-t", "-c", config], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr
    server = subprocess.Popen(["nginx", "-c", config], stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    yield url
    server.terminate()
    server.wait(timeout=10)


def fetch(url, data=None, **headers):
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_the_example_server_block_is_valid_nginx(tmp_path):
    """embassy.conf as it stands, with only its certificate made here."""
    certificate = tmp_path / "certificate.pem"
    key = tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=www.mission.example", "-keyout", key, "-out", certificate],
        check=True, capture_output=True,
    )  # fmt: skip
    server = (DEPLOY / "embassy.conf").read_text()
    server = server.replace(
        "/etc/letsencrypt/live/www.mission.example/fullchain.pem", str(certificate)
    ).replace("/etc/letsencrypt/live/www.mission.example/privkey.pem", str(key))
    server = server.replace("/var/cache/nginx/embassy", str(tmp_path / "cache"))
    server = server.replace(
        "/srv/embassy/app/deploy/nginx/locations.conf", str(DEPLOY / "locations.conf")
    )
    (tmp_path / "embassy.conf").write_text(server)
    config = tmp_path / "nginx.conf"
    config.write_text(
        f"pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log; events {{}} "
        f"http {{ include /etc/nginx/mime.types; include {tmp_path}/embassy.conf; }}"
    )
    checked = subprocess.run(
        ["nginx", "-t", "-c", config], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr


@pytest.mark.django_db(transaction=True)
def test_nginx_keeps_visitors_pages_and_never_an_editors(nginx):
    make_article(slug="visit", title_en="The minister visits")
    page = f"{nginx}/en/news/visit/"
    assert fetch(page)[1]["X-Cache-Status"] == "MISS"
    status, headers, body = fetch(page)
    assert status == 200 and headers["X-Cache-Status"] == "HIT"
    assert b"The minister visits" in body
    editor = fetch(page, Cookie="sessionid=an-editors-session")[1]
    assert editor["X-Cache-Status"] == "BYPASS"
    assert editor["Cache-Control"] == "private, no-store"


@pytest.mark.django_db(transaction=True)
def test_nginx_serves_only_renditions_and_refuses_large_bodies(nginx, settings):
    photo = make_photo(make_album(slug="reception"))
    status, headers, body = fetch(f"{nginx}{photo.thumb_webp.url}")
    assert status == 200 and body[:4] == b"RIFF"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in headers["Content-Security-Policy"]
    assert fetch(f"{nginx}/media/{photo.image.name}")[0] == 404
    assert fetch(f"{nginx}/en/search/", data=b"x" * 20_000)[0] == 413
