"""The bulk actions that every content model's admin shares."""

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.db.models.signals import post_save
from django.urls import reverse
from django.utils import timezone

from embassy.publishing import Status
from news.models import Article
from tests.news.factories import make_article

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:news_article_changelist")


def run_action(client, action, articles):
    response = client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [article.pk for article in articles]},
        follow=True,
    )
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_unpublishing_saves_each_item_as_its_form_would(press_client, category):
    articles = [make_article(category=category) for _ in range(2)]
    last_week = timezone.now() - timedelta(days=7)
    Article.objects.update(updated_at=last_week)
    saved = []

    def record(sender, instance, **kwargs):
        saved.append(instance.pk)

    post_save.connect(record, sender=Article)
    try:
        run_action(press_client, "unpublish", articles)
    finally:
        post_save.disconnect(record, sender=Article)
    assert sorted(saved) == sorted(article.pk for article in articles)
    for article in Article.objects.all():
        assert article.status == Status.DRAFT
        assert article.updated_at > last_week


@pytest.mark.parametrize(
    ("action", "status", "count", "message"),
    [
        ("publish", Status.DRAFT, 1, "1 item published."),
        ("publish", Status.DRAFT, 2, "2 items published."),
        ("unpublish", Status.PUBLISHED, 1, "1 item returned to draft."),
        ("unpublish", Status.PUBLISHED, 2, "2 items returned to draft."),
    ],
)
def test_bulk_action_messages_are_pluralised(
    press_client, category, action, status, count, message
):
    articles = [make_article(category=category, status=status) for _ in range(count)]
    assert run_action(press_client, action, articles) == [message]


@pytest.mark.parametrize(
    ("count", "message"),
    [
        (1, "Опубликован 1 материал."),
        (2, "Опубликовано 2 материала."),
        (5, "Опубликовано 5 материалов."),
    ],
)
def test_bulk_action_messages_follow_the_languages_plurals(
    press_client, category, count, message
):
    articles = [
        make_article(category=category, status=Status.DRAFT) for _ in range(count)
    ]
    press_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "ru"
    assert run_action(press_client, "publish", articles) == [message]
