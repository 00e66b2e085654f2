"""Two people edit one article: the second save is refused, with what the
first changed, and nothing the second typed is lost; opening a form says
who else has it open."""

import re
from html import unescape

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from news.models import Article
from tests.conftest import BACKEND
from tests.faults import closed_port, redis_cache
from tests.news.factories import article_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_press_officers(django_user_model, category):
    group = Group.objects.get(name="Press officers")
    clients = []
    for name in ("aziza", "bakhtiyor"):
        user = django_user_model.objects.create_user(name, is_staff=True)
        user.groups.add(group)
        client = Client()
        client.force_login(user, backend=BACKEND)
        clients.append(client)
    first = clients[0]
    data = article_fields(category)
    assert first.post(reverse("admin:news_article_add"), data).status_code == 302
    return clients, Article.objects.get(), data


def opened_form(client, article):
    """The fields of the change form as its editor received it."""
    response = client.get(reverse("admin:news_article_change", args=[article.pk]))
    assert response.status_code == 200
    based_on = re.search(
        r'name="based_on" value="([^"]+)"', response.content.decode()
    ).group(1)
    return response, {"based_on": unescape(based_on)}


def save(client, article, data):
    url = reverse("admin:news_article_change", args=[article.pk])
    return client.post(url, data)


@pytest.mark.parametrize(
    ("theirs", "mine"),
    [
        ({"title_en": "Minister meets the Commissioner"}, {"summary_en": "In Geneva."}),
        ({"title_en": "Minister meets the Commissioner"}, {"title_en": "Talks"}),
    ],
    ids=["different fields", "the same field"],
)
def test_a_save_over_a_later_save_is_refused_and_keeps_what_was_typed(
    two_press_officers, theirs, mine
):
    (aziza, bakhtiyor), article, data = two_press_officers
    _page, aziza_form = opened_form(aziza, article)
    _page, bakhtiyor_form = opened_form(bakhtiyor, article)
    assert save(aziza, article, {**data, **aziza_form, **theirs}).status_code == 302

    refused = save(bakhtiyor, article, {**data, **bakhtiyor_form, **mine})
    assert refused.status_code == 200
    html = refused.content.decode()
    message = unescape(" ".join(refused.context["adminform"].form.non_field_errors()))
    assert "aziza saved this item" in message
    assert "Nothing of yours was saved" in message
    assert (
        "Title (English): Minister meets the <del>High </del>Commissioner"
        " → Minister meets the Commissioner"
    ) in message
    # What Bakhtiyor typed is in the form shown again, and nothing of it saved.
    for value in mine.values():
        assert value in html
    article.refresh_from_db()
    assert article.title_en == "Minister meets the Commissioner"
    assert article.summary_en == data["summary_en"]

    # Merged, it saves: the form shown again is based on Aziza's save.
    merged = refused.context["adminform"].form.data
    assert save(bakhtiyor, article, merged).status_code == 302
    article.refresh_from_db()
    for field, value in mine.items():
        assert getattr(article, field) == value


def test_a_bulk_action_after_the_form_was_opened_counts_as_a_save(
    two_press_officers,
):
    (aziza, bakhtiyor), article, data = two_press_officers
    _page, form = opened_form(bakhtiyor, article)
    changelist = reverse("admin:news_article_changelist")
    action = {"action": "unpublish", "_selected_action": article.pk}
    assert aziza.post(changelist, action).status_code == 302
    assert save(bakhtiyor, article, {**data, **form}).status_code == 200
    article.refresh_from_db()
    assert article.status == "draft"


def test_opening_a_form_says_who_else_has_it_open(two_press_officers):
    (aziza, bakhtiyor), article, _data = two_press_officers
    first, _form = opened_form(aziza, article)
    assert "also opened this item" not in first.content.decode()
    second, _form = opened_form(bakhtiyor, article)
    notices = [str(m) for m in second.context["messages"]]
    assert [n for n in notices if n.startswith("aziza also opened this item")]
    # Nobody is warned of themselves, and nobody is locked out.
    again, _form = opened_form(aziza, article)
    notices = [str(m) for m in again.context["messages"]]
    assert [n for n in notices if n.startswith("bakhtiyor also opened")]
    assert not [n for n in notices if n.startswith("aziza also")]


def test_someone_who_may_not_see_the_item_is_not_announced(
    two_press_officers, client_in_role
):
    (aziza, _bakhtiyor), article, _data = two_press_officers
    outsider = client_in_role("Gallery editors", username="outsider")
    url = reverse("admin:news_article_change", args=[article.pk])
    assert outsider.get(url).status_code == 403
    page, _form = opened_form(aziza, article)
    assert "outsider" not in page.content.decode()


def test_the_form_opens_while_the_cache_is_away(two_press_officers, settings):
    (aziza, _bakhtiyor), article, _data = two_press_officers
    settings.CACHES = redis_cache(f"redis://127.0.0.1:{closed_port()}/0")
    page, _form = opened_form(aziza, article)
    assert page.status_code == 200


def test_a_crafted_time_in_the_form_is_refused_as_out_of_date(two_press_officers):
    (aziza, _bakhtiyor), article, data = two_press_officers
    refused = save(aziza, article, {**data, "based_on": "2026-13-45T99:99:99"})
    assert refused.status_code == 200
    assert "after you opened it" in str(refused.context["adminform"].form.errors)
