"""Every public page template, checked by axe-core for WCAG 2.2 AA."""

from datetime import datetime, timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from embassy.models import ChangeNote
from embassy.publishing import Status
from offices.models import Hours
from pages.models import HeadOfMission
from tests.consular.factories import make_form, make_guide
from tests.e2e.conftest import axe_violations
from tests.events.factories import make_event
from tests.images import image_bytes
from tests.news.factories import make_article, make_category
from tests.offices.factories import closure, hours, make_office
from tests.pages.factories import make_page

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def news():
    category = make_category(
        name_en="Meetings", slug="meetings", description_en="Meetings in Geneva."
    )
    for number in range(14):
        article = make_article(
            category=category,
            slug=f"news-{number}",
            title_en=f"Meeting number {number}",
            title_ru=f"Встреча номер {number}",
            source_name_en="UzA",
            source_url="https://uza.uz/",
            body_en="<h2>Agenda</h2><p>Text with <strong>bold</strong>.</p>"
            "<ul><li>One</li></ul><blockquote><p>Quote</p></blockquote>",
        )
        if number % 3 == 0:
            article.cover = ContentFile(image_bytes("JPEG", (1200, 700)), name="c.jpg")
            article.cover_alt_en = "Delegates around a table"
            article.save()
    # A month of the archive that does not depend on today's date.
    make_article(
        category=category,
        slug="archived",
        title_en="An earlier meeting",
        publish_at=timezone.make_aware(datetime(2025, 3, 10, 12, 0)),
    )
    withdrawn = make_article(
        category=category,
        slug="withdrawn",
        title_en="A withdrawn statement",
        status=Status.WITHDRAWN,
        withdrawal_reason_en="Superseded by the statement of 3 May.",
        noted_at=timezone.now(),
    )
    ChangeNote.objects.create(item=withdrawn, note_en="Added the Minister's remarks.")
    # Every page's footer, and the contacts page, with two offices.
    chancery = make_office(latitude="46.2236", longitude="6.1404")
    hours(("9:00", "13:00"), ("14:00", "18:00"), office=chancery)
    consular = make_office(
        name="Consular section", order=1, emergency_phone="+41 79 000 00 00"
    )
    hours(("9:00", "13:00"), office=consular)
    hours(("9:30", "12:30"), days=[0], kind=Hours.Kind.RECEPTION, office=consular)
    today = timezone.localdate()
    closure(str(today + timedelta(days=3)), save=True)
    closure(
        str(today + timedelta(days=9)), "Staff training", office=consular, save=True
    )
    guide = make_guide(
        documents=["The police report", "Two photographs"],
        fees=[("20", "USD"), (None, "USD")],
        booking_url="https://e-visa.example.org/",
        how_to_apply_en="<ol><li>Report the loss.</li><li>Come in.</li></ol>",
        title_uz="Yoʻqolgan pasport",
    )
    make_form(guide)
    HeadOfMission.objects.create(
        name_en="Akmal Rustamov",
        title_en="Permanent Representative",
        appointed_on=datetime(2024, 3, 15).date(),
        biography_en="<p>Born in Samarkand.</p>",
        photo=ContentFile(image_bytes("JPEG", (640, 800)), name="p.jpg"),
    )
    HeadOfMission.objects.create(
        name_en="Nodira Yusupova",
        title_en="Permanent Representative",
        appointed_on=datetime(2019, 9, 1).date(),
        left_on=datetime(2024, 2, 29).date(),
    )
    make_page(slug="representative", presents_head_of_mission=True)
    soon = timezone.localtime() + timedelta(days=5)
    make_event(
        "navruz",
        starts=str(soon)[:16],
        ends=str(soon + timedelta(hours=2))[:16],
        title_ru="Приём по случаю Навруза",
        summary_en="The spring holiday.",
        place_name_en="Permanent Mission",
        place_address_en="Rue de Varembé 3\n1202 Geneva",
        registration_url="https://example.org/register",
        description_en="<p>Music and <strong>sumalak</strong>.</p>",
        picture=ContentFile(image_bytes("JPEG", (1200, 700)), name="e.jpg"),
        picture_alt_en="Dancers in the courtyard",
    )
    make_event(
        "exhibition",
        starts=str(soon + timedelta(days=3))[:10] + " 00:00",
        ends=str(soon + timedelta(days=6))[:10] + " 00:00",
        all_day=True,
    )
    return category


PAGES = {
    "home": "/en/",
    "news list": "/en/news/",
    "news list, page 2": "/en/news/?page=2",
    "news list, Russian": "/ru/news/",
    "category": "/en/news/category/meetings/",
    "news list, bad input": "/en/news/?category=nope&date_after=notadate",
    "news search without result": "/en/news/?q=nothing-matches",
    "site search with results": "/en/search/?q=meeting",
    "site search without result": "/en/search/?q=nothing-matches",
    "site search, empty": "/en/search/",
    "article": "/en/news/news-0/",
    "article, English fallback": "/uz/news/news-3/",
    "article, withdrawn after a noted change": "/ru/news/withdrawn/",
    "page not found": "/en/news/no-such-article/",
    "news archive, year": "/en/news/archive/2025/",
    "news archive, month, Russian": "/ru/news/archive/2025/03/",
    "contacts, Russian": "/ru/contacts/",
    "consular services": "/en/consular/",
    "events": "/en/events/",
    "event, Russian": "/ru/events/navruz/",
    "head of mission, Russian": "/ru/representative/",
    "consular guide, Russian": "/ru/consular/lost-passport/",
    "consular guide, Uzbek": "/uz/consular/lost-passport/",
    "contacts, Uzbek": "/uz/contacts/",
}


@pytest.mark.parametrize("name", PAGES)
def test_public_page_has_no_wcag_violations(live_server, axe_page, news, name):
    axe_page.goto(live_server.url + PAGES[name])
    violations = axe_violations(axe_page)
    assert not violations, f"{name}: {violations}"


def test_phone_width_and_zoom_do_not_scroll_sideways(live_server, page, news):
    page.set_viewport_size({"width": 360, "height": 740})
    for url in ("/en/", "/en/news/", "/en/news/news-0/"):
        page.goto(live_server.url + url)
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - window.innerWidth"
        )
        assert overflow <= 0, f"{url} scrolls sideways by {overflow}px"
    assert page.console.errors == []


def test_the_checker_reports_a_violation_when_there_is_one(axe_page):
    axe_page.set_content(
        '<html lang="en"><body><main><img src="x.png"></main></body></html>'
    )
    assert "image-alt" in axe_violations(axe_page)
