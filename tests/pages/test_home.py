"""The home page: the latest news, featured first."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from embassy.publishing import Status
from tests.news.factories import make_article

pytestmark = pytest.mark.django_db


def test_home_shows_the_latest_live_news_featured_first(client, category):
    now = timezone.now()
    older_featured = make_article(
        category=category, featured=True, publish_at=now - timedelta(days=30)
    )
    recent = [
        make_article(category=category, publish_at=now - timedelta(hours=hours))
        for hours in range(1, 8)
    ]
    make_article(category=category, status=Status.DRAFT, title_en="Draft")
    response = client.get(reverse("pages:home"))
    shown = list(response.context["latest_articles"])
    assert shown == [older_featured, *recent[:5]]
    assert "Draft" not in response.content.decode()


def test_home_without_news_says_so(client):
    response = client.get(reverse("pages:home"))
    assert response.status_code == 200
    assert "No news yet." in response.content.decode()
