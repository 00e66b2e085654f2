"""What search engines read first: robots.txt and the sitemap's index."""

import pytest

from embassy.sitemaps import URLS_PER_FILE
from embassy.urls import sitemaps
from tests.news.factories import make_article
from tests.sitemaps import MOST_URLS, NS, ORIGIN, fetch, files, sitemap

pytestmark = pytest.mark.django_db


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain"
    lines = response.content.decode().splitlines()
    assert lines == [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {ORIGIN}/sitemap.xml",
    ]


def test_the_index_names_one_file_per_section(client):
    assert files(client) == [
        f"{ORIGIN}/sitemap-sections.xml",
        f"{ORIGIN}/sitemap-pages.xml",
        f"{ORIGIN}/sitemap-news.xml",
        f"{ORIGIN}/sitemap-categories.xml",
        f"{ORIGIN}/sitemap-gallery.xml",
        f"{ORIGIN}/sitemap-consular.xml",
        f"{ORIGIN}/sitemap-events.xml",
    ]


def test_no_file_may_pass_the_protocols_limit():
    assert URLS_PER_FILE <= MOST_URLS
    for section in sitemaps.values():
        assert section.limit <= MOST_URLS


def test_the_sitemap_and_robots_are_outside_the_language_prefix(client):
    for url in ("/en/sitemap.xml", "/en/robots.txt"):
        assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "query", ["?p=abc", "?p=0", "?p=2", "?p=1.5", "?p=99999999999999999999"]
)
def test_a_part_that_does_not_exist_is_404(client, query, category):
    make_article(category=category)
    assert client.get(f"/sitemap-news.xml{query}").status_code == 404


def test_an_unknown_section_is_404(client):
    assert client.get("/sitemap-nope.xml").status_code == 404


def test_the_x_default_address_leads_to_the_visitors_language(client, category):
    make_article(slug="visit", category=category)
    entry = sitemap(client)[f"{ORIGIN}/en/news/visit/"]
    x_default = entry.alternates["x-default"].removeprefix(ORIGIN)
    response = client.get(x_default, HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302
    assert response["Location"] == "/ru/news/visit/"
    assert client.get(x_default)["Location"] == "/en/news/visit/"


def test_the_index_says_when_each_section_last_changed(client, category):
    make_article(category=category)
    root = fetch(client, f"{ORIGIN}/sitemap.xml")
    dated = [
        part.findtext(f"{NS}loc") for part in root if part.findtext(f"{NS}lastmod")
    ]
    assert dated == [f"{ORIGIN}/sitemap-news.xml", f"{ORIGIN}/sitemap-categories.xml"]
