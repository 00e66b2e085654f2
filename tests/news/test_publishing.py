"""A draft, a scheduled and an expired article never reach a visitor;
editors preview them at their own address."""

from datetime import timedelta
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from embassy.publishing import Status
from news.models import Article
from tests.conftest import BACKEND
from tests.news.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(category):
    now = timezone.now()
    return {
        "published": make_article(category=category, title_en="Published one"),
        "draft": make_article(
            category=category, title_en="Draft one", status=Status.DRAFT
        ),
        "future": make_article(
            category=category, title_en="Future one", publish_at=now + timedelta(days=1)
        ),
        "expired": make_article(
            category=category,
            title_en="Expired one",
            publish_at=now - timedelta(days=2),
            end_at=now - timedelta(minutes=1),
        ),
    }


def public_places(client, category, article):
    """The HTML of every public place an article can appear in."""
    urls = [
        reverse("pages:home"),
        reverse("news:article_list"),
        reverse("news:category", kwargs={"slug": category.slug}),
        reverse("news:feed"),
        reverse("news:feed_atom"),
        reverse("news:category_feed", kwargs={"slug": category.slug}),
        reverse("news:category_feed_atom", kwargs={"slug": category.slug}),
        # Related articles of a live article of the same category.
        article.get_absolute_url(),
    ]
    return {url: client.get(url).content.decode() for url in urls}


def test_live_is_published_started_and_not_ended(articles):
    assert list(Article.objects.live()) == [articles["published"]]


def test_only_the_published_article_appears_anywhere(client, category, articles):
    pages = public_places(client, category, articles["published"])
    for url, html in pages.items():
        for hidden in ("Draft one", "Future one", "Expired one"):
            assert hidden not in html, f"{hidden} leaks into {url}"
    assert "Published one" in pages[reverse("news:article_list")]
    assert "Published one" in pages[reverse("news:feed")]


@pytest.mark.parametrize("kind", ["draft", "future", "expired"])
def test_unpublished_article_is_404_to_visitors(client, articles, kind):
    response = client.get(articles[kind].get_absolute_url())
    assert response.status_code == 404


@pytest.mark.parametrize("kind", ["draft", "future", "expired"])
def test_unpublished_article_previews_for_its_editors(press_client, articles, kind):
    response = press_client.get(articles[kind].get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "notice--draft" in html and "visitors cannot see it" in html
    assert "no-cache" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in html


def test_published_article_is_not_marked_as_preview(press_client, articles):
    response = press_client.get(articles["published"].get_absolute_url())
    assert "notice--draft" not in response.content.decode()


def test_staff_without_news_role_cannot_preview(client, staff_without_role, articles):
    client.force_login(staff_without_role, backend=BACKEND)
    assert client.get(articles["draft"].get_absolute_url()).status_code == 404


def test_article_goes_live_at_its_publish_time_without_a_job(client, category):
    # The clock is held, not the row changed: nothing but time passes, and a
    # publish time a second away cannot be reached by a slow machine first.
    publish_at = timezone.now() + timedelta(days=1)
    article = make_article(category=category, publish_at=publish_at)
    url = article.get_absolute_url()
    with mock.patch("django.utils.timezone.now") as now:
        now.return_value = publish_at - timedelta(microseconds=1)
        assert client.get(url).status_code == 404
        now.return_value = publish_at
        assert client.get(url).status_code == 200


def test_new_article_starts_as_draft(category):
    article = Article.objects.create(title_en="x", slug="x", category=category)
    assert article.status == Status.DRAFT
    assert not Article.objects.live().exists()


def test_deleting_the_author_keeps_the_article(press_officer, category):
    article = make_article(category=category, author=press_officer)
    press_officer.delete()
    article.refresh_from_db()
    assert article.author is None


@pytest.mark.parametrize("status", [Status.DRAFT, Status.PUBLISHED])
@pytest.mark.parametrize("start", [-2, 2])
@pytest.mark.parametrize("end", [None, -1, 3])
def test_is_live_agrees_with_live(category, status, start, end):
    """The rule for one object in memory is the rule of live()."""
    now = timezone.now()
    article = make_article(
        category=category,
        status=status,
        publish_at=now + timedelta(days=start),
        end_at=None if end is None else now + timedelta(days=end),
    )
    assert article.is_live == Article.objects.live().filter(pk=article.pk).exists()
