"""The photo gallery in the sitemap: live albums, in the languages they
have, and the list of albums."""

from datetime import timedelta

import pytest
from django.utils import timezone

from embassy.publishing import Status
from tests.gallery.factories import make_album
from tests.sitemaps import ORIGIN, listed, sitemap

pytestmark = pytest.mark.django_db

ALBUMS = r"/(en|ru|uz)/gallery/[-\w]+/"


@pytest.fixture
def albums():
    now = timezone.now()
    make_album(slug="navruz", title_ru="Навруз", title_uz="Navro‘z")
    make_album(slug="forum", title_uz="Forum")
    make_album(slug="draft", status=Status.DRAFT)
    make_album(slug="future", publish_at=now + timedelta(days=365))
    make_album(
        slug="expired",
        publish_at=now - timedelta(days=730),
        end_at=now - timedelta(days=365),
    )


def test_the_sitemap_lists_exactly_the_live_albums_in_their_languages(client, albums):
    assert listed(client, ALBUMS) == [
        "/en/gallery/forum/",
        "/en/gallery/navruz/",
        "/ru/gallery/navruz/",
        "/uz/gallery/forum/",
        "/uz/gallery/navruz/",
    ]


def test_an_albums_alternates_name_only_its_languages_and_x_default(client, albums):
    assert sitemap(client)[f"{ORIGIN}/uz/gallery/forum/"].alternates == {
        "en": f"{ORIGIN}/en/gallery/forum/",
        "uz": f"{ORIGIN}/uz/gallery/forum/",
        "x-default": f"{ORIGIN}/gallery/forum/",
    }


def test_the_list_of_albums_is_listed_in_every_language(client):
    assert listed(client, r"/(en|ru|uz)/gallery/") == [
        "/en/gallery/",
        "/ru/gallery/",
        "/uz/gallery/",
    ]
