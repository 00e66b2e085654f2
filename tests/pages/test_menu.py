"""The main menu that site editors arrange."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from embassy.publishing import Status
from pages.models import MenuItem
from pages.templatetags.menu import menu_entries
from tests.news.factories import make_article, make_category
from tests.pages.factories import make_menu_item, make_page

pytestmark = pytest.mark.django_db


def labels(response, current_only=False):
    return [
        label
        for label, _href, current in menu(response.content.decode())
        if current or not current_only
    ]


def menu(html):
    """(label, href, current) of each menu entry."""
    nav = html.split('class="main-menu"')[1].split("</nav>")[0]
    return [
        (label, href, bool(current))
        for href, current, label in re.findall(
            r'<a href="([^"]+)"( aria-current="page")?>([^<]+)</a>', nav
        )
    ]


@pytest.fixture
def items():
    mission = make_page(slug="mission", title_en="Mission")
    make_page(parent=mission, slug="contacts", title_en="Contacts")
    make_menu_item(label_en="Home", label_ru="Главная", section="home", order=0)
    make_menu_item(label_en="News", label_ru="Новости", section="news", order=2)
    make_menu_item(label_en="Mission", label_ru="Миссия", page=mission, order=1)
    meetings = make_category(name_en="Meetings", slug="meetings")
    make_article(category=meetings)  # a category shows once it has news
    make_menu_item(label_en="Meetings", category=meetings, order=3)
    make_menu_item(label_en="UN", url="https://www.un.org/", order=4)


def test_items_come_in_the_editors_order(client, items):
    assert [
        label for label, _href, _current in menu(client.get("/en/").content.decode())
    ] == [
        "Home",
        "Mission",
        "News",
        "Meetings",
        "UN",
    ]


def test_labels_follow_the_language(client, items):
    with translation.override("ru"):
        html = client.get("/ru/").content.decode()
    entries = menu(html)
    assert entries[:3] == [
        ("Главная", "/ru/", True),
        ("Миссия", "/ru/mission/", False),
        ("Новости", "/ru/news/", False),
    ]
    # No Russian label: the English one.
    assert entries[3][0] == "Meetings"


@pytest.mark.parametrize(
    ("url", "current"),
    [
        ("/en/", "Home"),
        ("/en/mission/", "Mission"),
        ("/en/mission/contacts/", "Mission"),
        ("/en/news/", "News"),
        ("/en/news/category/meetings/", "Meetings"),
    ],
)
def test_the_current_section_is_marked(client, items, url, current):
    marked = [
        label
        for label, _href, is_current in menu(client.get(url).content.decode())
        if is_current
    ]
    assert marked == [current]


def test_an_item_leading_to_a_draft_page_is_left_out(client, items):
    page = MenuItem.objects.get(label_en="Mission").page
    page.status = Status.DRAFT
    page.save()
    assert "Mission" not in labels(client.get("/en/"))


def test_an_item_leads_to_exactly_one_place(items):
    with pytest.raises(ValidationError, match="exactly one place"):
        MenuItem(label_en="Nowhere").full_clean()
    with pytest.raises(ValidationError, match="exactly one place"):
        MenuItem(label_en="Two", section="news", url="https://un.org/").full_clean()


def test_without_items_the_menu_shows_home_and_news(client):
    assert labels(client.get("/en/")) == ["Home", "News and events"]


def test_the_menu_is_one_query_read_once_after_each_change(
    items, django_assert_num_queries
):
    with django_assert_num_queries(1):
        menu_entries()
    request = RequestFactory().get("/en/")
    template = Template("{% load menu %}{% main_menu %}")
    template.render(Context({"request": request}))
    with django_assert_num_queries(0):
        html = template.render(Context({"request": request}))
    assert "Mission" in html
