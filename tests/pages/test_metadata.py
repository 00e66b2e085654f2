"""What search engines and link previews read of the site and its pages:
the mission on the home page, the way to a static page, their cards."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from pages.models import SiteSettings
from tests.head import head
from tests.images import image_bytes
from tests.offices.factories import make_office
from tests.pages.factories import make_page

pytestmark = pytest.mark.django_db


def emblem():
    """A square emblem, as an editor uploads it."""
    return ContentFile(
        image_bytes("PNG", (400, 400), color=(0, 153, 181)), name="e.png"
    )


@pytest.fixture
def settings_record():
    make_office(address_en="Rue de Varembé 3\n1202 Geneva\nSwitzerland")
    make_office(name="Consular section", order=1, email="consular@example.org")
    record = SiteSettings(
        mission_name_en="Permanent Mission of Uzbekistan in Geneva",
        telegram="https://t.me/example",
        facebook="https://www.facebook.com/example",
    )
    record.save()
    return record


def test_home_page_describes_the_mission_and_how_to_reach_it(client, settings_record):
    data = head(client, "/en/").of_type("GovernmentOrganization")
    assert data == {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": "Permanent Mission of Uzbekistan in Geneva",
        "url": "http://testserver/en/",
        "logo": {
            "@type": "ImageObject",
            "url": "http://testserver/static/img/emblem.png",
            "width": 512,
            "height": 512,
        },
        "address": "Rue de Varembé 3, 1202 Geneva, Switzerland",
        "telephone": ["+41 22 000 00 00", "+41 22 000 00 01"],
        "email": "mission@example.org",
        "sameAs": ["https://www.facebook.com/example", "https://t.me/example"],
    }


def test_empty_settings_say_nothing_false(client):
    data = head(client, "/en/").of_type("GovernmentOrganization")
    assert set(data) == {"@context", "@type", "name", "url", "logo"}
    assert data["name"] == "Permanent Mission of the Republic of Uzbekistan"


def test_an_uploaded_emblem_is_the_logo_and_the_card(client, settings_record):
    settings_record.emblem = emblem()
    settings_record.save()
    page = head(client, "/en/")
    logo = page.of_type("GovernmentOrganization")["logo"]
    assert logo == {
        "@type": "ImageObject",
        "url": f"http://testserver{settings_record.emblem_small.url}",
        "width": 112,
        "height": 112,
    }
    assert (
        page.one("og:image") == f"http://testserver{settings_record.emblem_social.url}"
    )
    card = settings_record.emblem_social_jpeg
    with card.storage.open(card.name) as stored, Image.open(stored) as image:
        assert (image.format, image.size) == ("JPEG", (1200, 630))
        # The emblem in the middle, white where it does not reach.
        assert image.getpixel((10, 10)) == (255, 255, 255)


def test_home_page_reads_the_site_settings_once(client, settings_record):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/").status_code == 200
    reads = [q["sql"] for q in queries if "pages_sitesettings" in q["sql"]]
    assert len(reads) == 1


def test_a_page_leads_from_home_through_the_pages_above_it(client):
    about = make_page(slug="about", title_en="About Uzbekistan")
    history = make_page(parent=about, slug="history", title_en="History")
    make_page(parent=history, slug="ancient", title_en="Ancient times")
    data = head(client, "/en/about/history/ancient/").of_type("BreadcrumbList")
    assert [
        (item["position"], item["name"], item["item"])
        for item in data["itemListElement"]
    ] == [
        (1, "Home", "http://testserver/en/"),
        (2, "About Uzbekistan", "http://testserver/en/about/"),
        (3, "History", "http://testserver/en/about/history/"),
        (4, "Ancient times", "http://testserver/en/about/history/ancient/"),
    ]


def test_a_page_is_described_by_the_start_of_its_text(client):
    body = "<h2>Geneva</h2><p>The mission <em>works</em> with" + " the UN" * 40 + "</p>"
    make_page(slug="mission", title_en="Mission", body_en=body)
    page = head(client, "/en/mission/")
    description = page.one("description")
    assert description.startswith("Geneva The mission works with the UN the UN")
    assert len(description) <= 160
    assert description.endswith("…")
    assert page.one("og:title") == "Mission"
