"""Static pages in the sitemap: those visitors may see, in the languages
they have; the home page and the useful links in every language."""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from embassy.publishing import Status
from pages.models import Page
from tests.pages.factories import make_page
from tests.sitemaps import ORIGIN, listed, sitemap

pytestmark = pytest.mark.django_db

PAGES = r"/(en|ru|uz)/(?!news/|gallery/|links/|contacts/|consular/|events/)[-\w/]+/"


@pytest.fixture
def pages():
    now = timezone.now()
    mission = make_page(slug="mission", title_ru="Миссия", title_uz="Missiya")
    make_page(parent=mission, slug="staff", title_ru="Сотрудники")
    make_page(parent=mission, slug="draft", status=Status.DRAFT)
    make_page(parent=mission, slug="future", publish_at=now + timedelta(days=365))
    make_page(
        parent=mission,
        slug="expired",
        publish_at=now - timedelta(days=730),
        end_at=now - timedelta(days=365),
    )
    hidden = make_page(slug="hidden-section", status=Status.DRAFT)
    below = make_page(parent=hidden, slug="below")
    make_page(parent=below, slug="further")
    ended = make_page(
        slug="ended-section",
        publish_at=now - timedelta(days=730),
        end_at=now - timedelta(days=365),
    )
    make_page(parent=ended, slug="below")


def test_the_sitemap_lists_exactly_the_pages_visitors_may_see(client, pages):
    assert listed(client, PAGES) == [
        "/en/mission/",
        "/en/mission/staff/",
        "/ru/mission/",
        "/ru/mission/staff/",
        "/uz/mission/",
    ]


def test_every_page_listed_is_one_visitors_can_open(client, pages):
    for loc in sitemap(client):
        assert client.get(loc.removeprefix(ORIGIN)).status_code == 200, loc


def test_a_pages_alternates_name_only_its_languages_and_x_default(client, pages):
    entry = sitemap(client)[f"{ORIGIN}/ru/mission/staff/"]
    assert entry.alternates == {
        "en": f"{ORIGIN}/en/mission/staff/",
        "ru": f"{ORIGIN}/ru/mission/staff/",
        "x-default": f"{ORIGIN}/mission/staff/",
    }


def test_a_pages_date_is_its_last_change(client, pages):
    Page.objects.filter(slug="staff").update(
        updated_at=datetime(2025, 4, 1, 6, 0, tzinfo=UTC)
    )
    assert sitemap(client)[f"{ORIGIN}/en/mission/staff/"].lastmod == "2025-04-01"


def test_the_home_page_and_the_links_are_listed_in_every_language(client):
    assert listed(client, r"/(en|ru|uz)/(links/)?") == [
        "/en/",
        "/en/links/",
        "/ru/",
        "/ru/links/",
        "/uz/",
        "/uz/links/",
    ]
    assert sitemap(client)[f"{ORIGIN}/uz/"].alternates == {
        "en": f"{ORIGIN}/en/",
        "ru": f"{ORIGIN}/ru/",
        "uz": f"{ORIGIN}/uz/",
        "x-default": f"{ORIGIN}/",
    }
