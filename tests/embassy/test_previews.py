"""Preview links: an editor shows a draft to someone without an account,
for a time, and can withdraw the link; the page is marked, never indexed
and never cached."""

import hashlib
import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from embassy.models import PreviewLink
from embassy.publishing import Status
from tests.news.factories import make_article
from tests.pages.factories import make_page

pytestmark = pytest.mark.django_db


def links_page(article):
    return reverse("admin:news_article_preview_links", args=[article.pk])


def make_link(client, article, valid_for=86400):
    return client.post(links_page(article), {"valid_for": valid_for}, follow=True)


@pytest.fixture
def draft(category):
    return make_article(
        category=category, slug="statement", title_en="Draft statement",
        status=Status.DRAFT,
    )  # fmt: skip


@pytest.fixture
def link(press_client, draft):
    """The address of a new preview link of the draft, as its editor was
    shown it."""
    response = make_link(press_client, draft)
    assert response.redirect_chain == [(links_page(draft), 302)]
    messages = [str(m) for m in response.context["messages"]]
    [shown] = [m for m in messages if "preview link" in m]
    return re.search(r"http://testserver(/en/preview/[^/]+/)", shown).group(1)


def test_a_preview_link_shows_the_draft_to_anybody_marked_and_never_kept(link):
    visitor = Client()
    for _ in range(2):
        response = visitor.get(link)
        assert response.status_code == 200
        assert response.get("X-Page-Cache") != "hit"
    html = response.content.decode()
    assert "Draft statement" in html
    assert "This is not published" in html
    assert '<meta name="robots" content="noindex">' in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]
    # The same link in another language.
    assert visitor.get(link.replace("/en/", "/ru/")).status_code == 200
    # The draft itself stays out of sight.
    assert visitor.get("/en/news/statement/").status_code == 404


def test_only_a_digest_of_the_link_is_stored(link):
    token = link.rstrip("/").rsplit("/", 1)[1]
    stored = PreviewLink.objects.values().get()
    assert stored["digest"] == hashlib.sha256(token.encode()).hexdigest()
    assert not [value for value in stored.values() if token in str(value)]


def test_an_expired_or_withdrawn_link_says_so_and_a_tampered_one_finds_nothing(
    link,
):
    visitor = Client()
    PreviewLink.objects.update(valid_until=timezone.now() - timedelta(seconds=1))
    expired = visitor.get(link)
    assert expired.status_code == 410
    assert "no longer works" in expired.content.decode()
    assert "Draft statement" not in expired.content.decode()
    PreviewLink.objects.update(valid_until=timezone.now() + timedelta(days=1))
    assert visitor.get(link).status_code == 200
    PreviewLink.objects.update(revoked=True)
    assert visitor.get(link).status_code == 410
    tampered = link[:-3] + ("A" if link[-3] != "A" else "B") + link[-2:]
    assert visitor.get(tampered).status_code == 404


def test_a_link_to_a_page_in_a_draft_section_shows_it(client_in_role):
    site_editor = client_in_role("Site editors")
    section = make_page(slug="consulate", status=Status.DRAFT)
    page = make_page(slug="visas", parent=section, status=Status.DRAFT)
    url = reverse("admin:pages_page_preview_links", args=[page.pk])
    response = site_editor.post(url, {"valid_for": 3600}, follow=True)
    shown = [str(m) for m in response.context["messages"] if "preview" in str(m)]
    path = re.search(r"http://testserver(/en/preview/[^/]+/)", shown[0]).group(1)
    visitor = Client().get(path)
    assert visitor.status_code == 200
    assert visitor.context["page"] == page


def test_a_link_lasts_seven_days_at_most(press_client, draft):
    response = make_link(press_client, draft, valid_for=8 * 86400)
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not PreviewLink.objects.exists()


def test_an_editor_withdraws_a_link(press_client, draft, link):
    stored = PreviewLink.objects.get()
    page = press_client.get(links_page(draft)).content.decode()
    assert f'name="withdraw" value="{stored.pk}"' in page
    press_client.post(links_page(draft), {"withdraw": stored.pk})
    assert Client().get(link).status_code == 410
    assert "Withdrawn" in press_client.get(links_page(draft)).content.decode()


def test_the_change_form_leads_to_the_links(press_client, draft):
    url = reverse("admin:news_article_change", args=[draft.pk])
    assert links_page(draft) in press_client.get(url).content.decode()


def test_only_editors_of_the_item_see_its_links(client_in_role, draft):
    gallery_editor = client_in_role("Gallery editors")
    assert gallery_editor.get(links_page(draft)).status_code == 403
    assert make_link(gallery_editor, draft).status_code == 403
    assert not PreviewLink.objects.exists()


def test_a_link_withdrawn_by_a_made_up_number_is_refused(press_client, draft):
    assert press_client.post(links_page(draft), {"withdraw": "x"}).status_code == 400


def test_a_link_to_a_deleted_item_finds_nothing(link, draft):
    draft.delete()
    assert Client().get(link).status_code == 404
