"""A visitor moves through the menu and the carousel with the keyboard, and
opens the menu on a phone."""

import re
import urllib.request

import pytest
from playwright.sync_api import expect

from news.models import Article
from pages.models import SiteSettings
from tests.e2e.conftest import axe_violations
from tests.news.factories import make_article
from tests.pages.factories import make_link, make_menu_item, make_page, make_slide

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site(roles):
    mission = make_page(slug="mission", title_en="Mission")
    make_page(parent=mission, slug="contacts", title_en="Contacts")
    about = make_page(slug="about-uzbekistan", title_en="About Uzbekistan")
    make_page(parent=about, slug="history", title_en="History")
    make_menu_item(label_en="Home", section="home", order=0)
    make_menu_item(label_en="Mission", page=mission, order=1)
    make_menu_item(label_en="News and events", section="news", order=2)
    make_menu_item(label_en="About Uzbekistan", page=about, order=3)
    for number in range(3):
        make_slide(title_en=f"Slide {number + 1}", order=number, link="/mission/")
        make_article()
        make_link(title_en=f"Link {number + 1}", show_on_home=True, with_image=True)
    SiteSettings(
        year_theme_en="Year of the Green Economy", year_theme_link="/about-uzbekistan/"
    ).save()


def visible_slide_title(page):
    return page.locator(".slide:not([hidden]) .slide__title").inner_text()


def shorten_the_interval(page, url, milliseconds=300):
    """Serve ``url`` with a carousel that moves every ``milliseconds``
    rather than every few seconds, so that a test waits less to see it
    move, or to see that it stays still."""

    def shorter(route):
        response = route.fetch()
        html = re.sub(
            r'data-interval="\d+"', f'data-interval="{milliseconds}"', response.text()
        )
        route.fulfill(response=response, body=html)

    page.route(url, shorter)


def test_keyboard_through_menu_and_carousel(live_server, page, site):
    page.emulate_media(reduced_motion="reduce")
    page.goto(f"{live_server.url}/en/")
    # Skip link, brand, the search box and its button, three languages, then
    # the menu in the editors' order.
    focused = []
    for _ in range(11):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("() => document.activeElement.textContent.trim()"))
    assert focused[-4:] == ["Home", "Mission", "News and events", "About Uzbekistan"]
    # On through the carousel's own controls.
    page.keyboard.press("Tab")
    pause = page.locator(".carousel__pause")
    expect(pause).to_be_focused()
    assert visible_slide_title(page) == "Slide 1"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(page.locator(".carousel__next")).to_be_focused()
    shown = page.locator(".slide:not([hidden]) .slide__title")
    page.keyboard.press("Enter")
    expect(shown).to_have_text("Slide 2")
    page.keyboard.press("ArrowRight")
    expect(shown).to_have_text("Slide 3")
    page.keyboard.press("ArrowRight")
    expect(shown).to_have_text("Slide 1")
    page.keyboard.press("ArrowLeft")
    expect(shown).to_have_text("Slide 3")
    # The slide's link is next in the tab order; arrows keep the focus on
    # the slides' links as they change.
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Slide 3")).to_be_focused()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("link", name="Slide 1")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/en/mission/")
    assert page.console.errors == []


def test_reduced_motion_keeps_the_carousel_still(live_server, page, site):
    page.emulate_media(reduced_motion="reduce")
    # Five intervals pass in the wait below: at the real interval a carousel
    # that moved anyway would not have moved yet.
    shorten_the_interval(page, f"{live_server.url}/en/")
    page.goto(f"{live_server.url}/en/")
    expect(page.locator(".carousel__pause")).to_have_text("Play the slides")
    page.wait_for_timeout(1500)
    assert visible_slide_title(page) == "Slide 1"


def test_the_carousel_moves_until_paused(live_server, page, site):
    shorten_the_interval(page, f"{live_server.url}/en/")
    page.goto(f"{live_server.url}/en/")
    # Checked at every frame: the second slide shows for 300 ms at a time,
    # which expect(), polling once a second after its first tries, can miss
    # again and again.
    page.wait_for_function(
        """() => document.querySelector('.slide:not([hidden]) .slide__title')
            .textContent.trim() === 'Slide 2'"""
    )
    pause = page.locator(".carousel__pause")
    pause.click()
    expect(pause).to_have_text("Play the slides")
    # Neither the pointer nor the focus left in the carousel, either of which
    # holds it still as well: only the pause button may keep it so.
    page.mouse.move(0, 0)
    page.evaluate("() => document.activeElement.blur()")
    expect(pause).not_to_be_focused()
    shown = visible_slide_title(page)
    page.wait_for_timeout(1000)
    assert visible_slide_title(page) == shown
    assert page.locator(".carousel__slides").get_attribute("aria-live") == "polite"


def test_the_menu_opens_with_a_button_on_a_phone(live_server, page, site):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{live_server.url}/en/")
    button = page.get_by_role("button", name="Menu")
    menu_link = page.locator(".main-menu").get_by_role("link", name="Mission")
    expect(button).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(menu_link).to_be_hidden()
    button.focus()
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(menu_link).to_be_visible()
    page.keyboard.press("Tab")
    page.keyboard.press("Escape")
    expect(menu_link).to_be_hidden()
    expect(button).to_be_focused()
    page.keyboard.press("Enter")
    menu_link.click()
    expect(page).to_have_url(f"{live_server.url}/en/mission/")


def test_without_javascript_the_menu_and_first_slide_are_there(
    live_server, browser, site
):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{live_server.url}/en/")
    expect(
        page.locator(".main-menu").get_by_role("link", name="Mission")
    ).to_be_visible()
    expect(page.locator(".slide").first).to_be_visible()
    expect(page.locator(".slide").nth(1)).to_be_hidden()
    context.close()


@pytest.mark.parametrize(
    "url", ["/en/", "/ru/", "/en/mission/", "/en/mission/contacts/", "/uz/links/"]
)
def test_site_pages_have_no_wcag_violations(live_server, axe_page, site, url):
    axe_page.goto(live_server.url + url)
    violations = axe_violations(axe_page)
    assert not violations, f"{url}: {violations}"


def test_a_page_from_the_cache_works_as_the_rendered_one(live_server, page, site):
    """The same scripts run, under the same policy, whether the page was
    rendered or came from the cache: nothing in it is one visitor's (no
    nonce), and its JSON-LD data blocks are not scripts the CSP refuses."""
    article = Article.objects.first()
    for url in ("/en/", article.get_absolute_url()):
        # Another visitor's request stores it (the browser would answer a
        # second visit from its own cache), compressed as for a browser.
        another = urllib.request.Request(
            f"{live_server.url}{url}", headers={"Accept-Encoding": "gzip, br"}
        )
        with urllib.request.urlopen(another) as first:
            assert first.headers["X-Page-Cache"] == "miss"
        response = page.goto(f"{live_server.url}{url}")
        assert response.headers["x-page-cache"] == "hit"
        expect(page.locator(".main-menu")).to_have_class(re.compile("has-toggle"))
    assert page.locator('script[type="application/ld+json"]').count() == 2
    assert page.console.errors == []
