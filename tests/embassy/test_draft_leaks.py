"""Nothing a visitor or another role may not see leaks through links and
lists: the menu, the categories, the admin's shortcut to an item's public
address."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from embassy.publishing import Status
from news.models import Article
from tests.news.factories import make_article, make_category
from tests.pages.factories import make_menu_item, make_page

pytestmark = pytest.mark.django_db

FAR_AHEAD = timezone.now() + datetime.timedelta(days=30)


def test_the_menu_never_links_to_a_page_under_a_draft(client):
    embargoed = make_page(slug="state-visit-2027", status=Status.DRAFT)
    programme = make_page(parent=embargoed, slug="programme")
    make_menu_item(label_en="Programme", page=programme)
    make_menu_item(label_en="News", section="news")
    html = client.get("/en/").text
    assert "state-visit-2027" not in html
    assert "Programme" not in html


class TestACategoryMadeAheadOfItsNews:
    @pytest.fixture
    def embargoed(self):
        category = make_category(name_en="State visit 2027", slug="state-visit-2027")
        make_article(category=category, publish_at=FAR_AHEAD, slug="announced")
        make_article(category=make_category(), slug="other-news")
        make_menu_item(label_en="State visit", category=category)
        return category

    def test_is_nowhere_to_be_seen(self, client, embargoed):
        for url in ("/en/", "/en/news/", "/en/search/?q=zzzz"):
            assert "state-visit-2027" not in client.get(url).text, url
        for url in (
            embargoed.get_absolute_url(),
            reverse("news:category_feed", args=[embargoed.slug]),
            reverse("news:category_feed_atom", args=[embargoed.slug]),
        ):
            assert client.get(url).status_code == 404, url

    def test_shows_once_its_first_article_is_live(self, client, embargoed):
        # Now, later than anything computed when the site started: the news
        # filter must judge the time of each request.
        Article.objects.filter(slug="announced").update(publish_at=timezone.now())
        assert client.get(embargoed.get_absolute_url()).status_code == 200
        assert 'value="state-visit-2027"' in client.get("/en/news/").text


def shortcut(client, item_or_url):
    """Where the admin's shortcut leads this client: the item's public
    address, or 404 (the language middleware may first redirect the 404 to
    a language's address, which is a 404 too)."""
    url = item_or_url
    if not isinstance(url, str):
        content_type = ContentType.objects.get_for_model(item_or_url)
        url = reverse("admin:view_on_site", args=[content_type.pk, item_or_url.pk])
    response = client.get(url)
    if response.status_code == 302 and "/admin/" not in response["Location"]:
        return response["Location"]
    return client.get(url, follow=True).status_code


def test_the_view_on_site_shortcut_answers_only_those_who_may_change_the_item(
    client_in_role,
):
    draft_page = make_page(slug="secret-draft", status=Status.DRAFT)
    scheduled = make_article(slug="scheduled-statement", publish_at=FAR_AHEAD)
    press = client_in_role("Press officers", username="press")
    assert shortcut(press, draft_page) == 404
    assert shortcut(press, scheduled).endswith(scheduled.get_absolute_url())
    editor = client_in_role("Site editors", username="editor")
    assert shortcut(editor, scheduled) == 404
    assert shortcut(editor, draft_page).endswith(draft_page.get_absolute_url())
    nobody = client_in_role(None, username="nobody")
    assert shortcut(nobody, draft_page) == 404
    assert shortcut(nobody, reverse("admin:view_on_site", args=[999_999, 1])) == 404
