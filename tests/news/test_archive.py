"""The news archive by year and month, in the site's time zone."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from embassy.publishing import Status
from tests.news.factories import make_article, make_category
from tests.queries import page_queries

pytestmark = pytest.mark.django_db


def local(*args):
    """A time on the site's clock (settings.TIME_ZONE, Asia/Tashkent)."""
    return timezone.make_aware(datetime(*args))


def titles(response):
    return [article.title for article in response.context["article_list"]]


def archive(year, month=None, language="en"):
    if month is None:
        return f"/{language}/news/archive/{year:04d}/"
    return f"/{language}/news/archive/{year:04d}/{month:02d}/"


@pytest.fixture
def january(category):
    """January 2025's live news, and what is near it but not of it."""
    make_article(title_en="Early January", publish_at=local(2025, 1, 5, 10, 0))
    make_article(title_en="Mid January", publish_at=local(2025, 1, 20, 15, 0))
    # 18:30 in UTC: still January in Tashkent, as in UTC.
    make_article(
        title_en="Last evening of January", publish_at=local(2025, 1, 31, 23, 30)
    )
    # 19:30 on 31 January in UTC, but already February in Tashkent.
    make_article(
        title_en="First night of February", publish_at=local(2025, 2, 1, 0, 30)
    )
    make_article(title_en="New Year's Eve", publish_at=local(2024, 12, 31, 23, 59))
    make_article(
        title_en="January draft",
        status=Status.DRAFT,
        publish_at=local(2025, 1, 10, 12, 0),
    )
    make_article(
        title_en="January, since withdrawn",
        publish_at=local(2025, 1, 12, 12, 0),
        end_at=local(2025, 2, 12, 12, 0),
    )


def test_month_lists_exactly_its_live_articles_newest_first(client, january):
    response = client.get(archive(2025, 1))
    assert response.status_code == 200
    assert titles(response) == [
        "Last evening of January",
        "Mid January",
        "Early January",
    ]


def test_an_article_belongs_to_the_month_of_the_sites_clock_not_of_utc(client, january):
    first_night = local(2025, 2, 1, 0, 30)
    assert first_night.astimezone(UTC).month == 1
    assert "First night of February" not in titles(client.get(archive(2025, 1)))
    assert titles(client.get(archive(2025, 2))) == ["First night of February"]


def test_year_lists_exactly_its_live_articles(client, january):
    assert titles(client.get(archive(2025))) == [
        "First night of February",
        "Last evening of January",
        "Mid January",
        "Early January",
    ]
    assert titles(client.get(archive(2024))) == ["New Year's Eve"]


def test_a_scheduled_article_is_in_no_archive_before_its_time(client, january):
    later = timezone.localtime() + timedelta(days=400)
    make_article(title_en="Scheduled", publish_at=later)
    assert client.get(archive(later.year, later.month)).status_code == 404
    assert client.get(archive(later.year)).status_code == 404
    nav = archive_nav(client.get(reverse("news:article_list")))
    assert f"/archive/{later.year}/" not in nav


@pytest.mark.parametrize(
    "url",
    [
        archive(2025, 3),  # a month without news
        archive(1999),  # a year without news
        "/en/news/archive/2025/13/",
        "/en/news/archive/2025/00/",
        "/en/news/archive/0/",
        "/en/news/archive/0000/",
        "/en/news/archive/0001/01/",
        "/en/news/archive/9999/",
        "/en/news/archive/9999/12/",
        "/en/news/archive/99999/",
        "/en/news/archive/2025/1/",  # one address per month: 01
        "/en/news/archive/2025/01/02/",
        "/en/news/archive/twenty/",
    ],
)
def test_an_empty_or_impossible_period_is_404(client, january, url):
    assert client.get(url).status_code == 404


def test_a_month_of_drafts_only_is_404(client, category):
    make_article(status=Status.DRAFT, publish_at=local(2025, 6, 1, 12, 0))
    assert client.get(archive(2025, 6)).status_code == 404


def test_the_404_of_an_impossible_month_is_translated(client, january):
    response = client.get("/ru/news/archive/2025/13/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="ru">' in html
    assert "Страница не найдена" in html


def test_a_page_that_is_not_a_number_answers_400_with_the_list(client, january):
    response = client.get(archive(2025, 1), {"page": "abc"})
    assert response.status_code == 400
    assert titles(response) == [
        "Last evening of January",
        "Mid January",
        "Early January",
    ]
    assert "is not a page number" in response.content.decode()


def test_a_page_past_the_end_is_404(client, january):
    assert client.get(archive(2025, 1), {"page": "2"}).status_code == 404


def test_a_long_month_is_paginated(client, category):
    for day in range(1, 15):
        make_article(title_en=f"Day {day}", publish_at=local(2025, 5, day, 12, 0))
    first = client.get(archive(2025, 5))
    second = client.get(archive(2025, 5), {"page": "2"})
    assert titles(first) == [f"Day {day}" for day in range(14, 2, -1)]
    assert titles(second) == ["Day 2", "Day 1"]
    assert 'href="?page=2"' in first.content.decode()


@pytest.mark.parametrize(
    ("language", "name"),
    [("en", "January 2025"), ("ru", "Январь 2025 г."), ("uz", "Yanvar 2025-yil")],
)
def test_the_heading_and_title_name_the_month_in_the_visitors_language(
    client, january, language, name
):
    html = client.get(archive(2025, 1, language)).content.decode()
    heading = re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert name in heading
    assert title.startswith(heading)
    if language != "en":
        assert "News archive" not in heading


def test_the_year_page_names_the_year(client, january):
    html = client.get(archive(2025, language="ru")).content.decode()
    assert "<h1>Архив новостей: 2025</h1>" in html


def archive_nav(response):
    html = response.content.decode()
    match = re.search(r'<nav class="archive-nav".*?</nav>', html, re.S)
    return match.group(0) if match else ""


def counted_links(nav):
    """(link text, address, count) of each year and month, in order."""
    return [
        (text, href, int(count))
        for href, text, count in re.findall(
            r'<a href="([^"]+)"[^>]*>([^<]+)</a> <span class="archive-nav__count">'
            r"\((\d+) articles?\)",
            nav,
        )
    ]


def test_the_news_list_links_to_each_year_and_the_latest_years_months(client, january):
    nav = archive_nav(client.get(reverse("news:article_list")))
    assert counted_links(nav) == [
        ("2025", "/en/news/archive/2025/", 4),
        ("February", "/en/news/archive/2025/02/", 1),
        ("January", "/en/news/archive/2025/01/", 3),
        ("2024", "/en/news/archive/2024/", 1),
    ]


def test_a_years_page_shows_that_years_months_and_marks_it(client, january):
    nav = archive_nav(client.get(archive(2024)))
    assert counted_links(nav) == [
        ("2025", "/en/news/archive/2025/", 4),
        ("2024", "/en/news/archive/2024/", 1),
        ("December", "/en/news/archive/2024/12/", 1),
    ]
    assert '<a href="/en/news/archive/2024/" aria-current="page">' in nav


def test_a_months_page_marks_the_month(client, january):
    nav = archive_nav(client.get(archive(2025, 2)))
    assert '<a href="/en/news/archive/2025/02/" aria-current="page">' in nav
    assert nav.count("aria-current") == 1


def test_the_month_names_of_the_archive_are_translated(client, january):
    nav = archive_nav(client.get(archive(2025, 1, "ru")))
    assert ">Январь</a>" in nav
    assert "(3 статьи)" in nav
    assert "(1 статья)" in nav


def test_the_news_list_has_no_archive_before_there_is_news(client, category):
    response = client.get(reverse("news:article_list"))
    assert archive_nav(response) == ""


# The frame (menu, site settings, alerts, the offices and their closures),
# the count, the page of articles, and the archive's counts per month.
ARCHIVE_QUERIES = 8


def test_the_archive_reads_a_fixed_number_of_queries(client):
    categories = [make_category() for _ in range(3)]

    def add(count, year):
        for number in range(count):
            make_article(
                category=categories[number % 3],
                publish_at=local(year, 1 + number % 12, 1 + number % 28, 12, 0),
            )

    add(3, 2024)
    assert page_queries(client, archive(2024, 1)) == ARCHIVE_QUERIES
    add(60, 2024)
    add(40, 2023)
    assert page_queries(client, archive(2024, 1)) == ARCHIVE_QUERIES
    # The frame and the counts per month are read once for both.
    assert page_queries(client, archive(2023)) == ARCHIVE_QUERIES - 6
