"""A change to a published text: the editor says whether it is a minor
correction, which tells nobody, or a change visitors should know of, whose
note the page shows with its date and which moves the feeds' date."""

import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from embassy.models import ChangeNote
from embassy.publishing import Status
from news.models import Article
from pages.models import Page
from tests.conftest import BACKEND
from tests.news.factories import article_fields, make_article
from tests.pages.factories import make_page
from tests.queries import page_queries

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def published(press_client, category):
    """An article published through the admin, and its form's data."""
    data = article_fields(category, slug="statement")
    assert press_client.post(reverse("admin:news_article_add"), data).status_code == 302
    return Article.objects.get(slug="statement"), data


def edit(client, article, data, **changes):
    article.refresh_from_db()
    data = {**data, "based_on": article.updated_at.isoformat(), **changes}
    response = client.post(
        reverse("admin:news_article_change", args=[article.pk]), data
    )
    article.refresh_from_db()
    return response


def atom_updated(client):
    root = ET.fromstring(client.get(reverse("news:feed_atom")).content)
    return root.find(f"{ATOM}entry").findtext(f"{ATOM}updated")


def test_a_published_article_changed_without_saying_how_is_refused(
    press_client, published
):
    article, data = published
    response = edit(
        press_client, article, data, summary_en="A new summary.", change_kind=""
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["change_kind"] == [
        "It is published: say whether this is a minor correction or a change "
        "visitors should know of."
    ]
    assert article.summary_en == "A meeting in Geneva."
    response = edit(
        press_client, article, data, summary_en="A new summary.", change_kind="noted"
    )
    assert response.context["adminform"].form.errors["change_note_en"] == [
        "Write the note visitors will read."
    ]


def test_a_minor_correction_changes_neither_the_page_nor_the_feeds(
    press_client, published
):
    article, data = published
    visitor = Client()
    before = atom_updated(visitor)
    response = edit(
        press_client,
        article,
        data,
        summary_en="A meeting in Genève.",
        change_kind="minor",
    )
    assert response.status_code == 302
    assert article.summary_en == "A meeting in Genève."
    assert not ChangeNote.objects.exists()
    assert atom_updated(visitor) == before
    html = visitor.get("/en/news/statement/").text
    assert "Updated" not in html
    assert article.changed_at == article.publish_at


def test_a_noted_change_is_on_the_page_with_the_earlier_ones_and_moves_the_feeds(
    press_client, published
):
    article, data = published
    visitor = Client()
    before = atom_updated(visitor)
    notes = [
        {
            "change_note_en": "Added the Minister's remarks.",
            "change_note_ru": "Добавлены слова министра.",
            "change_note_uz": "",
        },
        {
            "change_note_en": "Corrected the date of the visit.",
            "change_note_ru": "",
            "change_note_uz": "Tashrif sanasi tuzatildi.",
        },
    ]
    for number, note in enumerate(notes):
        response = edit(
            press_client,
            article,
            data,
            body_en=f"<p>They met, version {number}.</p>",
            change_kind="noted",
            **note,
        )
        assert response.status_code == 302
    assert ChangeNote.objects.count() == 2
    assert article.noted_at is not None
    assert article.changed_at == article.noted_at
    assert atom_updated(visitor) != before
    html = visitor.get("/en/news/statement/").text
    latest = html.index("Corrected the date of the visit.")
    assert html.index("<strong>Updated</strong>") < latest
    assert html.index("Added the Minister") > latest
    assert "First published." in html
    russian = visitor.get("/ru/news/statement/").text
    assert "Добавлены слова министра." in russian
    # No Russian note yet: the English one, so marked.
    assert '<span lang="en">Corrected the date of the visit.</span>' in russian
    assert "Tashrif sanasi tuzatildi." in visitor.get("/uz/news/statement/").text


def test_a_draft_or_a_withdrawal_needs_no_note(press_client, category):
    data = article_fields(category, slug="draft", status=Status.DRAFT)
    press_client.post(reverse("admin:news_article_add"), data)
    draft = Article.objects.get(slug="draft")
    assert edit(press_client, draft, data, title_en="Draft, again").status_code == 302
    article = Article.objects.get(slug="draft")
    Article.objects.filter(pk=article.pk).update(status=Status.PUBLISHED)
    response = edit(
        press_client,
        article,
        data,
        status=Status.WITHDRAWN,
        withdrawal_reason_en="Issued in error.",
    )
    assert response.status_code == 302
    assert not ChangeNote.objects.exists()


def test_a_page_is_noted_as_an_article_is(client_in_role):
    editor = client_in_role("Site editors", username="editor")
    page = make_page(slug="mission", title_en="Mission")
    url = reverse("admin:pages_page_change", args=[page.pk])
    form = editor.get(url).context["adminform"].form
    assert "change_kind" in form.fields
    data = {
        **{name: form[name].value() for name in form.fields},
        "body_en": "<p>A new text.</p>",
        "change_kind": "noted",
        "change_note_en": "Our new address.",
        "publish_at_0": "2026-03-10",
        "publish_at_1": "10:30:00",
        "end_at_0": "",
        "end_at_1": "",
    }
    data = {name: value for name, value in data.items() if value not in (None, "")}
    data.pop("hero", None)
    response = editor.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Page.objects.get().noted_at is not None
    assert "Our new address." in Client().get("/en/mission/").text


def test_a_note_written_for_a_minor_correction_is_not_dropped(press_client, published):
    article, data = published
    response = edit(
        press_client,
        article,
        data,
        summary_en="A meeting in Genève.",
        change_kind="minor",
        change_note_en="Corrected the city's name.",
    )
    assert response.status_code == 200
    assert (
        "You wrote a note"
        in response.context["adminform"].form.errors["change_kind"][0]
    )
    assert not ChangeNote.objects.exists()


def test_a_note_is_corrected_or_removed_by_whoever_may_change_its_item(
    press_client, published, django_user_model
):
    article, data = published
    edit(
        press_client,
        article,
        data,
        summary_en="A new summary.",
        change_kind="noted",
        change_note_en="Added the Minister's remraks.",
    )
    note = ChangeNote.objects.get()
    url = reverse("admin:embassy_changenote_change", args=[note.pk])
    response = press_client.post(
        url, {"note_en": "Added the Minister's remarks.", "note_ru": "", "note_uz": ""}
    )
    assert response.status_code == 302
    html = Client().get("/en/news/statement/").text
    assert "remarks." in html
    assert "remraks" not in html
    # Site editors change no article, nor its notes.
    editor = Client()
    editor.force_login(
        django_user_model.objects.create_user("editor", is_staff=True),
        backend=BACKEND,
    )
    editor_user = django_user_model.objects.get(username="editor")
    editor_user.groups.add(Group.objects.get(name="Site editors"))
    # As for a note that does not exist: back to the admin's index.
    assert editor.get(url)["Location"] == "/admin/"
    delete = reverse("admin:embassy_changenote_delete", args=[note.pk])
    assert press_client.post(delete, {"post": "yes"}).status_code == 302
    article.refresh_from_db()
    assert article.noted_at is None
    assert "Updated" not in Client().get("/en/news/statement/").text


def test_the_notes_cost_one_query_whatever_their_number(client, category, settings):
    settings.PAGE_CACHE_SECONDS = 0  # each rendering counted
    plain = make_article(slug="plain", category=category)
    noted = make_article(slug="noted", category=category)
    ChangeNote.objects.create(item=noted, note_en="A change.")
    Article.objects.filter(pk=noted.pk).update(noted_at=noted.publish_at)
    # After the first page has read what every page shares (the menu, the
    # settings), each later one reads only its own.
    page_queries(client, plain.get_absolute_url())
    without = page_queries(client, plain.get_absolute_url())
    with_one = page_queries(client, "/en/news/noted/")
    for _ in range(9):
        ChangeNote.objects.create(item=noted, note_en="Another change.")
    page_queries(client, plain.get_absolute_url())
    with_ten = page_queries(client, "/en/news/noted/")
    assert with_one == with_ten == without + 1


def test_a_minor_correction_in_english_leaves_the_translations_current(
    press_client, published
):
    article, data = published
    edit(press_client, article, data, body_en="<p>They met again.</p>")
    assert article.translation_state("ru") == "current"
    edit(
        press_client,
        article,
        data,
        body_en="<p>They met, and agreed.</p>",
        change_kind="noted",
        change_note_en="They agreed.",
    )
    assert article.translation_state("ru") == "outdated"
