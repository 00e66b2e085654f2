"""The gallery with 20,000 photos in 1,000 albums: the same queries as with
a few, each served by an index, and an album's page costs what one page of
its photos does."""

import datetime
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from embassy.publishing import Status
from gallery.models import Album, Photo
from tests.gallery.factories import make_photo
from tests.news.test_scale import editor_like, rendered_queries, scans

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]

PHOTOS_PER_ALBUM = 20


def add_albums(count, prefix, photos=PHOTOS_PER_ALBUM):
    """Albums of processed photos, as rows: rendering reads the rows only
    (a rendition's address is known without its file)."""
    now = timezone.now()
    albums = Album.objects.bulk_create(
        Album(
            slug=f"{prefix}-{number}",
            title_en=f"Reception {number}",
            date=datetime.date(2026, 1, 1) - timedelta(days=number),
            status=Status.PUBLISHED,
            publish_at=now - timedelta(days=30, minutes=number),
        )
        for number in range(count)
    )
    Photo.objects.bulk_create(
        (
            Photo(
                album=album,
                state=Photo.State.READY,
                image=f"gallery/2026/01/{album.slug}-{number}.jpg",
                width=1200,
                height=800,
                order=number,
                caption_en=f"Guest {number}",
            )
            for album in albums
            for number in range(photos)
        ),
        batch_size=5000,
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE gallery_album")
        cursor.execute("ANALYZE gallery_photo")
    return albums


def test_the_gallery_costs_the_same_queries_and_reads_indexes_with_20000_photos():
    [album] = add_albums(1, "few", photos=5)
    make_photo(album)  # one with a real file, as the demo's
    add_albums(12, "some")
    urls = {
        "home": "/en/",
        "gallery": "/en/gallery/",
        "a deep page": "/en/gallery/?page={deep}",
        "album": album.get_absolute_url(),
    }
    client = editor_like()
    few = {
        name: len(rendered_queries(client, url.format(deep=2)))
        for name, url in urls.items()
    }
    add_albums(1000, "many")
    for name, url in urls.items():
        queries = rendered_queries(client, url.format(deep=80))
        assert len(queries) == few[name], name
        for sql in queries:
            if "gallery_" in sql:
                assert not scans(sql) & {"gallery_album", "gallery_photo"}, (name, sql)


def test_an_album_of_thousands_costs_what_one_page_of_its_photos_does():
    [small] = add_albums(1, "small", photos=60)
    [large] = add_albums(1, "large", photos=5000)
    client = editor_like()
    assert len(rendered_queries(client, large.get_absolute_url())) == len(
        rendered_queries(client, small.get_absolute_url())
    )
    html = client.get(large.get_absolute_url()).content.decode()
    assert html.count('class="photo-grid"') == 1
    assert html.count("<figure>") == 60
    assert "Photo 1 of 5000" in html
