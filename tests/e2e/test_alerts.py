"""A site editor puts up an emergency alert in under a minute of form; a
visitor sees it at once on every page, and it is accessible."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from playwright.sync_api import expect

from alerts.models import Alert
from tests.e2e.conftest import axe_violations, sign_in
from tests.news.factories import make_article, make_category

pytestmark = pytest.mark.django_db(transaction=True)

TEXTS = {
    "en": ("Demonstration in the city centre", "Avoid the Place des Nations today."),
    "ru": ("Демонстрация в центре города", "Сегодня избегайте площади Наций."),
    "uz": ("Shahar markazida namoyish", "Bugun Millatlar maydonidan uzoqroq yuring."),
}


def test_a_site_editor_publishes_an_alert_and_a_visitor_sees_it(
    live_server, page, axe_page, django_user_model, roles
):
    editor = django_user_model.objects.create_user(
        "editor", password="a long editor password", is_staff=True
    )
    editor.groups.add(Group.objects.get(name="Site editors"))
    meetings = make_category(name_en="Meetings", slug="meetings")
    make_article(category=meetings, slug="talks", title_en="Talks in Geneva")

    # The home page is in the site's cache already (the server's, shared
    # with this process). A browser keeps a page it has for PAGE_MAX_AGE.
    assert Client().get("/en/")["X-Page-Cache"] == "miss"

    sign_in(page, live_server, "editor", "a long editor password")
    page.goto(f"{live_server.url}/admin/alerts/alert/add/")
    page.select_option("#id_kind", "security")
    # English only first: refused, nothing lost.
    title, text = TEXTS["en"]
    page.fill("#id_title_en", title)
    page.fill("#id_text_en", text)
    page.select_option("#id_status", "published")
    page.click("input[name=_save]")
    expect(page.locator(".errornote, .errorlist").first).to_be_visible()
    expect(page.get_by_text("Missing: Russian, Uzbek.")).to_be_visible()
    expect(page.locator("#id_title_en")).to_have_value(title)
    for code in ("ru", "uz"):
        title, text = TEXTS[code]
        page.fill(f"#id_title_{code}", title)
        page.fill(f"#id_text_{code}", text)
    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    assert Alert.objects.live().count() == 1

    # The visitor, signed out, sees it on the home page and an article.
    for address in ("/en/", "/en/news/talks/"):
        axe_page.goto(live_server.url + address)
        banner = axe_page.locator(".alert-banner")
        expect(banner.get_by_role("alert")).to_contain_text(TEXTS["en"][1])
        expect(banner).to_contain_text(TEXTS["en"][0])
    axe_page.goto(f"{live_server.url}/ru/")
    expect(axe_page.locator(".alert-banner")).to_contain_text(TEXTS["ru"][0])
    # The crisis layout, with its banner, passes axe-core.
    expect(axe_page.locator(".crisis")).to_be_visible()
    assert axe_violations(axe_page) == ""
    axe_page.goto(f"{live_server.url}/uz/news/talks/")
    assert axe_violations(axe_page) == ""
