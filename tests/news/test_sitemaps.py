"""The news in the sitemap: live articles and the categories that have
some, each in the languages it has, with its alternates."""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from embassy.publishing import Status
from news.models import Article
from news.sitemaps import ArticleSitemap
from tests.news.factories import make_article, make_category
from tests.sitemaps import ORIGIN, files, listed, sitemap, urlset

pytestmark = pytest.mark.django_db

ARTICLES = r"/(en|ru|uz)/news/(?!category/)[-\w]+/"
CATEGORIES = r"/(en|ru|uz)/news/category/[-\w]+/"
PUBLISHED = timezone.make_aware(datetime(2025, 3, 10, 12, 0))


@pytest.fixture
def articles(category):
    now = timezone.now()
    make_article(slug="live", publish_at=PUBLISHED)
    make_article(slug="draft", status=Status.DRAFT, publish_at=PUBLISHED)
    make_article(slug="future", publish_at=now + timedelta(days=365))
    make_article(slug="expired", publish_at=PUBLISHED, end_at=now - timedelta(days=365))
    make_article(
        slug="until-later", publish_at=PUBLISHED, end_at=now + timedelta(days=365)
    )


def test_the_sitemap_lists_exactly_the_live_articles(client, articles):
    assert listed(client, ARTICLES) == ["/en/news/live/", "/en/news/until-later/"]


def test_an_article_is_listed_in_each_language_it_has(client, category):
    make_article(slug="all", title_ru="Все", title_uz="Hammasi", publish_at=PUBLISHED)
    make_article(slug="some", title_ru="Некоторые", publish_at=PUBLISHED)
    assert listed(client, ARTICLES) == [
        "/en/news/all/",
        "/en/news/some/",
        "/ru/news/all/",
        "/ru/news/some/",
        "/uz/news/all/",
    ]


def test_alternates_name_only_the_languages_an_article_has_and_x_default(
    client, category
):
    make_article(slug="some", title_ru="Некоторые", publish_at=PUBLISHED)
    entries = sitemap(client)
    expected = {
        "en": f"{ORIGIN}/en/news/some/",
        "ru": f"{ORIGIN}/ru/news/some/",
        "x-default": f"{ORIGIN}/news/some/",
    }
    assert entries[f"{ORIGIN}/en/news/some/"].alternates == expected
    assert entries[f"{ORIGIN}/ru/news/some/"].alternates == expected


def test_an_articles_date_is_its_last_change_on_the_sites_clock(client, category):
    article = make_article(slug="changed", publish_at=PUBLISHED)
    # 21:00 in UTC is already the next day in Tashkent.
    changed = datetime(2025, 4, 1, 21, 0, tzinfo=UTC)
    Article.objects.filter(pk=article.pk).update(updated_at=changed)
    entry = sitemap(client)[f"{ORIGIN}/en/news/changed/"]
    assert entry.lastmod == "2025-04-02"


def test_a_category_is_listed_only_while_it_has_live_news(client):
    meetings = make_category(slug="meetings", name_ru="Встречи")
    make_article(category=meetings, publish_at=PUBLISHED)
    quiet = make_category(slug="quiet")
    make_article(category=quiet, status=Status.DRAFT, publish_at=PUBLISHED)
    make_category(slug="empty")
    assert listed(client, CATEGORIES) == [
        "/en/news/category/meetings/",
        "/ru/news/category/meetings/",
    ]
    entry = sitemap(client)[f"{ORIGIN}/ru/news/category/meetings/"]
    assert entry.alternates == {
        "en": f"{ORIGIN}/en/news/category/meetings/",
        "ru": f"{ORIGIN}/ru/news/category/meetings/",
        "x-default": f"{ORIGIN}/news/category/meetings/",
    }


def test_a_categorys_date_is_its_latest_live_articles(client):
    category = make_category(slug="meetings")
    make_article(category=category, publish_at=PUBLISHED)
    make_article(
        category=category, publish_at=timezone.make_aware(datetime(2025, 5, 20, 12))
    )
    make_article(
        category=category,
        status=Status.DRAFT,
        publish_at=timezone.make_aware(datetime(2025, 6, 1, 12)),
    )
    Article.objects.update(updated_at=datetime(2025, 1, 1, 12, tzinfo=UTC))
    entry = sitemap(client)[f"{ORIGIN}/en/news/category/meetings/"]
    assert entry.lastmod == "2025-05-20"


def test_the_news_list_is_listed_in_every_language(client):
    assert listed(client, r"/(en|ru|uz)/news/") == [
        "/en/news/",
        "/ru/news/",
        "/uz/news/",
    ]


def test_a_section_larger_than_a_file_is_split_and_every_part_indexed(
    client, category, monkeypatch
):
    monkeypatch.setattr(ArticleSitemap, "limit", 2)
    for number in range(5):
        make_article(slug=f"article-{number}", publish_at=PUBLISHED)
    parts = [url for url in files(client) if "sitemap-news.xml" in url]
    assert parts == [
        f"{ORIGIN}/sitemap-news.xml",
        f"{ORIGIN}/sitemap-news.xml?p=2",
        f"{ORIGIN}/sitemap-news.xml?p=3",
    ]
    found = []
    for part in parts:
        entries = urlset(client, part)
        assert len(entries) <= 2
        found.extend(entries)
    assert sorted(found) == [f"{ORIGIN}/en/news/article-{n}/" for n in range(5)]
