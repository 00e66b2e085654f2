"""The news feeds, RSS and Atom, as a feed reader parses them."""

import html
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from html.parser import HTMLParser

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from embassy.publishing import Status
from news.models import Article
from pages.models import SiteSettings
from tests.images import image_bytes
from tests.news.factories import make_article, make_category

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE = '"><img src=x onerror=alert(1)>'


def overall(kind):
    return reverse("news:feed" if kind == "rss" else "news:feed_atom")


def of_category(kind, category):
    name = "news:category_feed" if kind == "rss" else "news:category_feed_atom"
    return reverse(name, kwargs={"slug": category.slug})


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return ET.fromstring(response.content)


def entries(root):
    """(title, link) of each item of an RSS or Atom feed, in order."""
    if root.tag == "rss":
        return [
            (item.findtext("title"), item.findtext("link"))
            for item in root.iter("item")
        ]
    return [
        (entry.findtext(f"{ATOM}title"), entry.find(f"{ATOM}link").get("href"))
        for entry in root.iter(f"{ATOM}entry")
    ]


def feed_title(root):
    if root.tag == "rss":
        return root.find("channel").findtext("title")
    return root.findtext(f"{ATOM}title")


def item_of(root):
    """The only item of the feed."""
    found = list(root.iter("item")) or list(root.iter(f"{ATOM}entry"))
    assert len(found) == 1
    return found[0]


class TagCollector(HTMLParser):
    """What a reader's HTML parser makes of a text it shows as HTML."""

    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def as_html(text):
    collector = TagCollector()
    collector.feed(text)
    collector.close()
    return collector.tags


def cover():
    return ContentFile(image_bytes("JPEG", (1600, 900)), name="cover.jpg")


@pytest.fixture
def news(category):
    now = timezone.now()
    make_article(category=category, title_en="Live one", publish_at=now - timedelta(1))
    make_article(category=category, title_en="Draft one", status=Status.DRAFT)
    make_article(
        category=category, title_en="Future one", publish_at=now + timedelta(hours=1)
    )
    make_article(
        category=category,
        title_en="Expired one",
        publish_at=now - timedelta(days=2),
        end_at=now - timedelta(minutes=1),
    )
    make_article(title_en="Elsewhere", publish_at=now - timedelta(days=3))


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_lists_exactly_the_live_articles(client, news, kind):
    root = parse(client, overall(kind))
    assert [title for title, _link in entries(root)] == ["Live one", "Elsewhere"]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_category_feed_lists_only_its_live_articles(client, news, category, kind):
    root = parse(client, of_category(kind, category))
    assert [title for title, _link in entries(root)] == ["Live one"]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_links_are_absolute(client, category, kind):
    make_article(category=category, slug="visit")
    root = parse(client, of_category(kind, category))
    assert entries(root)[0][1] == "http://testserver/en/news/visit/"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_unknown_category_feed_is_404(client, kind):
    url = overall(kind).replace("/feed/", "/category/nope/feed/")
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_is_titled_with_the_missions_name(client, category, kind):
    make_article(category=category)
    default = "Permanent Mission of the Republic of Uzbekistan"
    assert feed_title(parse(client, overall(kind))).startswith(default)
    SiteSettings(mission_name_en="Mission of Testland").save()
    assert (
        feed_title(parse(client, overall(kind))) == "Mission of Testland · Latest news"
    )
    assert feed_title(parse(client, of_category(kind, category))) == (
        f"Mission of Testland · Latest news: {category.name}"
    )


def test_rss_item_has_its_dates_category_and_cover(client, category):
    article = make_article(category=category, cover=cover(), cover_alt_en="A hall")
    item = item_of(parse(client, overall("rss")))
    assert item.findtext("pubDate")
    assert item.findtext("category") == category.name
    enclosure = item.find("enclosure")
    file = article.cover_large_jpeg
    assert enclosure.get("url") == f"http://testserver{file.url}"
    assert enclosure.get("type") == "image/jpeg"
    assert int(enclosure.get("length")) == file.storage.size(file.name) > 0


def test_atom_entry_has_its_dates_and_cover(client, category):
    article = make_article(category=category, cover=cover(), cover_alt_en="A hall")
    entry = item_of(parse(client, overall("atom")))
    assert entry.findtext(f"{ATOM}published")
    assert entry.findtext(f"{ATOM}updated")
    enclosure = entry.find(f"{ATOM}link[@rel='enclosure']")
    file = article.cover_large_jpeg
    assert enclosure.get("href") == f"http://testserver{file.url}"
    assert enclosure.get("type") == "image/jpeg"
    assert int(enclosure.get("length")) == file.storage.size(file.name) > 0


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_article_without_a_cover_has_no_enclosure(client, category, kind):
    make_article(category=category)
    raw = client.get(overall(kind)).content.decode()
    assert "enclosure" not in raw


def atom_dates(client):
    entry = item_of(parse(client, overall("atom")))
    return [
        datetime.fromisoformat(entry.findtext(f"{ATOM}{name}"))
        for name in ("published", "updated")
    ]


def test_updated_is_the_articles_last_noted_change(client, category):
    article = make_article(category=category, publish_at=timezone.now() - timedelta(1))
    # A save with no note (a minor correction) tells readers nothing.
    assert atom_dates(client) == [article.publish_at, article.publish_at]
    noted_at = timezone.now()
    Article.objects.filter(pk=article.pk).update(noted_at=noted_at)
    assert atom_dates(client) == [article.publish_at, noted_at]


def test_a_scheduled_article_is_not_updated_before_it_appears(client, category):
    publish_at = timezone.now() - timedelta(hours=1)
    article = make_article(category=category, publish_at=publish_at)
    # Saved the day before its publish time, unchanged since.
    Article.objects.filter(pk=article.pk).update(
        updated_at=publish_at - timedelta(days=1)
    )
    assert atom_dates(client) == [publish_at, publish_at]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_hostile_summary_reaches_the_reader_as_text(client, category, kind):
    make_article(category=category, title_en=HOSTILE, summary_en=HOSTILE)
    root = parse(client, overall(kind))
    # The XML holds no element an editor typed…
    assert not [element for element in root.iter() if "img" in element.tag]
    item = item_of(root)
    summary = (
        item.findtext("description")
        if kind == "rss"
        else item.findtext(f"{ATOM}summary")
    )
    # …and the summary, which readers show as HTML, is text there too.
    assert as_html(summary) == []
    assert html.unescape(summary) == HOSTILE
    if kind == "atom":
        assert item.find(f"{ATOM}summary").get("type") == "html"
        # An Atom title is text by definition: shown as typed.
        assert item.find(f"{ATOM}title").get("type") in (None, "text")
    assert entries(root)[0][0] == HOSTILE


def test_every_page_announces_both_feeds(client):
    page = client.get(reverse("pages:home")).content.decode()
    assert (
        f'<link rel="alternate" type="application/rss+xml" title="Latest news · RSS" '
        f'href="{reverse("news:feed")}">' in page
    )
    assert (
        f'<link rel="alternate" type="application/atom+xml" title="Latest news · Atom" '
        f'href="{reverse("news:feed_atom")}">' in page
    )


def test_category_page_announces_its_feeds(client):
    category = make_category(name_en="Meetings", slug="meetings")
    make_article(category=category)
    page = client.get(category.get_absolute_url()).content.decode()
    for kind, name in (("rss", "RSS"), ("atom", "Atom")):
        assert (
            f'<link rel="alternate" type="application/{kind}+xml" '
            f'title="Meetings · {name}" href="{of_category(kind, category)}">'
        ) in page
