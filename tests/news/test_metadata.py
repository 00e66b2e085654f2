"""What search engines and link previews read of an article: its JSON-LD
(NewsArticle, BreadcrumbList) and its card."""

from datetime import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from PIL import Image

from pages.models import SiteSettings
from tests.head import head
from tests.images import image_bytes
from tests.news.factories import make_article, make_category

pytestmark = pytest.mark.django_db


def cover():
    return ContentFile(image_bytes("JPEG", (1600, 900)), name="cover.jpg")


@pytest.fixture
def article():
    category = make_category(name_en="Meetings", slug="meetings")
    return make_article(
        category=category,
        slug="visit",
        title_en="The Minister visits Geneva",
        title_ru="Министр посетил Женеву",
        summary_en="Talks with the Director-General.",
        cover=cover(),
        cover_alt_en="The Minister at the podium",
        source_name_en="UzA",
        source_url="https://uza.uz/en/posts/visit",
    )


def test_news_article_has_what_search_engines_read(client, article):
    SiteSettings(mission_name_en="Mission of Testland").save()
    data = head(client, "/en/news/visit/").of_type("NewsArticle")
    assert data["@context"] == "https://schema.org"
    assert data["headline"] == "The Minister visits Geneva"
    assert data["description"] == "Talks with the Director-General."
    assert data["url"] == data["mainEntityOfPage"] == "http://testserver/en/news/visit/"
    assert datetime.fromisoformat(data["datePublished"]) == article.publish_at.replace(
        microsecond=0
    )
    # Changed since only by minor corrections, if at all (embassy.changenotes).
    assert data["dateModified"] == data["datePublished"]
    assert data["image"] == [f"http://testserver{article.cover_social.url}"]
    assert data["inLanguage"] == "en"
    assert data["articleSection"] == "Meetings"
    mission = {
        "@type": "GovernmentOrganization",
        "name": "Mission of Testland",
        "url": "http://testserver/en/",
    }
    assert data["author"] == mission
    assert data["publisher"] == {
        **mission,
        "logo": {
            "@type": "ImageObject",
            "url": "http://testserver/static/img/emblem.png",
            "width": 512,
            "height": 512,
        },
    }


def test_the_source_agency_is_what_the_article_is_based_on(client, article):
    data = head(client, "/en/news/visit/").of_type("NewsArticle")
    assert data["isBasedOn"] == {
        "@type": "CreativeWork",
        "name": "UzA",
        "url": "https://uza.uz/en/posts/visit",
    }


def test_a_source_named_without_an_address_is_still_named(client, category):
    make_article(category=category, slug="named", source_name_en="UzA")
    data = head(client, "/en/news/named/").of_type("NewsArticle")
    assert data["isBasedOn"] == {"@type": "CreativeWork", "name": "UzA"}


def test_our_own_news_is_based_on_nothing_and_may_have_no_picture(client, category):
    make_article(category=category, slug="ours", summary_en="")
    data = head(client, "/en/news/ours/").of_type("NewsArticle")
    assert "isBasedOn" not in data
    assert "image" not in data
    assert "description" not in data


def test_in_language_is_the_language_the_text_is_shown_in(client, article):
    assert head(client, "/ru/news/visit/").of_type("NewsArticle")["inLanguage"] == "ru"
    # No Uzbek text: the English one is shown.
    assert head(client, "/uz/news/visit/").of_type("NewsArticle")["inLanguage"] == "en"


def test_breadcrumbs_lead_from_home_through_the_news_and_category(client, article):
    with translation.override("ru"):
        data = head(client, "/ru/news/visit/").of_type("BreadcrumbList")
    assert [
        (item["position"], item["name"], item["item"])
        for item in data["itemListElement"]
    ] == [
        (1, "Главная", "http://testserver/ru/"),
        (2, "Новости и события", "http://testserver/ru/news/"),
        (3, "Meetings", "http://testserver/ru/news/category/meetings/"),
        (4, "Министр посетил Женеву", "http://testserver/ru/news/visit/"),
    ]


def test_a_title_cannot_end_the_script_element(client, category):
    hostile = "</script><script>alert(1)</script><!--"
    make_article(category=category, slug="hostile", title_en=hostile)
    html = client.get("/en/news/hostile/").content.decode()
    scripts = html.split("</head>")[0].split('<script type="application/ld+json"')[1:]
    for script in scripts:
        body = script.split(">", 1)[1]
        # The element ends where the JSON does, not inside the title.
        assert body.split("</script>")[0].endswith("}")
    data = head(client, "/en/news/hostile/").of_type("NewsArticle")
    assert data["headline"] == hostile


def test_the_card_shows_the_cover_at_1200_by_630(client, article):
    page = head(client, "/en/news/visit/")
    assert page.one("og:type") == "article"
    assert page.one("og:title") == "The Minister visits Geneva"
    assert page.one("og:image") == f"http://testserver{article.cover_social.url}"
    assert (page.one("og:image:width"), page.one("og:image:height")) == ("1200", "630")
    assert page.one("og:image:alt") == "The Minister at the podium"
    file = article.cover_social_jpeg
    with file.storage.open(file.name) as stored, Image.open(stored) as image:
        assert (image.format, image.size) == ("JPEG", (1200, 630))


def test_the_card_of_an_article_without_a_cover_is_the_sites(client, category):
    make_article(category=category, slug="plain")
    page = head(client, "/en/news/plain/")
    assert page.one("og:image") == "http://testserver/static/img/social.png"
    assert "og:image:alt" not in page.meta


def test_article_times_and_section_are_in_its_card(client, article):
    page = head(client, "/en/news/visit/")
    published = datetime.fromisoformat(page.one("article:published_time"))
    assert published == article.publish_at.replace(microsecond=0)
    assert page.one("article:section") == "Meetings"
