"""Error pages speak the visitor's language."""

import pytest
from django.utils import translation

from embassy.views import server_error


def test_500_page_is_translated_and_standalone(rf):
    with translation.override("ru"):
        response = server_error(rf.get("/ru/news/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="ru">' in html
    assert "Произошла ошибка" in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ru", "uz"])
def test_404_page_keeps_the_frame_and_language(client, language):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'class="main-menu"' in html
    assert "hreflang" not in html.split("</head>")[0]


def test_a_full_disk_is_named_not_a_generic_error(rf):
    """The kernel's own "no space left" (/dev/full), as a batch being
    received meets it: the editor is told what happened."""
    upload = rf.post(
        "/admin/gallery/album/1/change/",
        b"photo" * 100_000,
        content_type="application/octet-stream",
    )
    upload.read(1000)  # as far as the disk let it go
    try:
        with open("/dev/full", "wb") as full:
            full.write(b"a photo")
            full.flush()
    except OSError:
        with translation.override("ru"):
            response = server_error(upload)
    assert response.status_code == 507
    assert "Диск сервера заполнен" in response.content.decode()
    # The rest of the body was read, so that the editor's browser, still
    # sending it, receives this answer instead of a reset connection.
    assert upload.read() == b""
