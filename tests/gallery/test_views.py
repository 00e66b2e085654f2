"""The public gallery: albums, an album's photos, and the publishing rule."""

import os
from datetime import timedelta
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from embassy.publishing import Status
from gallery.models import Photo
from tests.gallery.factories import make_album, make_photo
from tests.news.factories import make_article
from tests.queries import page_queries

pytestmark = pytest.mark.django_db


def test_album_list_shows_live_albums_with_their_ready_photos_counted(client):
    album = make_album(title_en="Navruz", photos=3)
    Photo.objects.create(album=album, state=Photo.State.PROCESSING)
    make_album(title_en="Draft album", status=Status.DRAFT, photos=1)
    make_album(title_en="Tomorrow", publish_at=timezone.now() + timedelta(days=1))
    make_album(
        title_en="Ended",
        publish_at=timezone.now() - timedelta(days=2),
        end_at=timezone.now() - timedelta(days=1),
    )
    response = client.get(reverse("gallery:album_list"))
    html = response.content.decode()
    assert [a.title for a in response.context["album_list"]] == ["Navruz"]
    assert response.context["album_list"][0].photo_count == 3
    assert "3 photos" in html
    assert album.cover.thumb_jpeg.url in html
    for hidden in ("Draft album", "Tomorrow", "Ended"):
        assert hidden not in html


def test_album_list_paginates_and_refuses_bad_pages(client):
    for _ in range(13):
        make_album()
    assert len(client.get("/en/gallery/?page=2").context["album_list"]) == 1
    assert client.get("/en/gallery/?page=3").status_code == 404
    assert client.get("/en/gallery/?page=x").status_code == 400


def test_album_page_shows_ready_photos_in_order_with_sizes(client):
    album = make_album()
    second = make_photo(album, order=2, size=(1200, 800), caption_en="Second")
    first = make_photo(
        album, order=1, size=(300, 400), caption_en="First", credit="A. Karimov"
    )
    Photo.objects.create(
        album=album, state=Photo.State.PROCESSING, original_name="wip.jpg"
    )
    response = client.get(album.get_absolute_url())
    html = response.content.decode()
    assert list(response.context["photos"]) == [first, second]
    assert html.index("First") < html.index("Second")
    # Never enlarged; width and height set so the layout does not jump.
    assert 'width="300" height="400"' in html
    assert 'width="480" height="320"' in html
    assert f"{second.medium_jpeg.url} 960w" in html
    assert 'loading="lazy"' in html
    # Without JavaScript each photo links to its large version.
    assert f'<a href="{second.large_jpeg.url}"' in html
    assert "Photo: A. Karimov" in html
    assert "wip.jpg" not in html


@pytest.mark.parametrize(
    ("fields", "from_now"),
    [
        ({"status": Status.DRAFT}, {}),
        ({}, {"publish_at": timedelta(days=1)}),
        ({}, {"end_at": -timedelta(minutes=1)}),
    ],
    ids=["draft", "scheduled", "ended"],
)
def test_unpublished_albums_are_404_to_visitors_and_preview_for_editors(
    client, client_in_role, fields, from_now
):
    # Times from the test's own clock, not the one read when the tests were
    # collected: in a long run that one is far behind, and an album ended a
    # minute before collection may end before its publish time.
    now = timezone.now()
    times = {name: now + offset for name, offset in from_now.items()}
    album = make_album(photos=1, **fields, **times)
    assert client.get(album.get_absolute_url()).status_code == 404
    client = client_in_role("Gallery editors")
    response = client.get(album.get_absolute_url())
    assert response.status_code == 200
    assert "notice--draft" in response.content.decode()


def media_snapshot(root):
    return {
        path: os.stat(path).st_mtime_ns
        for path in Path(root).rglob("*")
        if path.is_file()
    }


def test_no_rendition_is_made_while_pages_render(client, media_root):
    album = make_album(photos=4)
    article = make_article(album=album)
    before = media_snapshot(media_root)
    assert before
    for url in (
        "/en/",
        "/en/gallery/",
        album.get_absolute_url(),
        article.get_absolute_url(),
    ):
        assert client.get(url).status_code == 200
    assert media_snapshot(media_root) == before


def test_album_page_queries_do_not_grow_with_the_photos(client):
    album = make_album(photos=5)
    few = page_queries(client, album.get_absolute_url())
    for _ in range(195):
        make_photo(album, size=(32, 24))
    # The album, its photos and their count, the menu, the site settings,
    # the alerts.
    assert page_queries(client, album.get_absolute_url()) == few == 8


def test_a_large_album_is_shown_a_page_of_photos_at_a_time(client):
    album = make_album()
    photos = [make_photo(album, order=n, size=(32, 24)) for n in range(61)]
    first = client.get(album.get_absolute_url())
    assert list(first.context["photos"]) == photos[:60]
    assert "Photo 60 of 61" in first.content.decode()
    assert 'rel="next" href="?page=2"' in first.content.decode()
    with translation.override("ru"):
        second = client.get(f"/ru/gallery/{album.slug}/?page=2")
    assert list(second.context["photos"]) == photos[60:]
    html = second.content.decode()
    assert "Предыдущие фотографии" in html
    assert "61 из 61" in html
    assert client.get(f"{album.get_absolute_url()}?page=3").status_code == 404
    assert client.get(f"{album.get_absolute_url()}?page=x").status_code == 400


def test_an_article_shows_its_album_at_the_end(client):
    album = make_album(title_en="Reception photos", photos=2)
    article = make_article(album=album)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Photos of the event" in html
    assert f'<a href="{album.get_absolute_url()}">Reception photos</a>' in html
    album.status = Status.DRAFT
    album.save()
    assert (
        "Reception photos"
        not in client.get(article.get_absolute_url()).content.decode()
    )


def test_home_shows_the_latest_albums(client):
    make_album(
        title_en="Older", date=timezone.localdate() - timedelta(days=9), photos=1
    )
    make_album(title_en="Newer", photos=1)
    html = client.get("/en/").content.decode()
    assert html.index("Newer") < html.index("Older")
    assert 'href="/en/gallery/">All albums</a>' in html


def test_deleting_the_cover_photo_makes_the_next_one_the_cover(client):
    album = make_album(photos=3)
    cover = album.cover
    second = album.photos.exclude(pk=cover.pk).order_by("order").first()
    cover.delete()
    album.refresh_from_db()
    assert album.cover == second
    assert second.thumb_jpeg.url in client.get("/en/gallery/").content.decode()


def test_an_album_is_deleted_with_its_photos_and_their_files(
    django_capture_on_commit_callbacks,
):
    album = make_album(photos=2)
    files = [(photo.image.storage, photo.image.name) for photo in album.photos.all()]
    with django_capture_on_commit_callbacks(execute=True):
        album.delete()
    assert not Photo.objects.exists()
    assert not any(storage.exists(name) for storage, name in files)
