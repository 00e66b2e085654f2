"""While the database is away: the pages visitors had, or a page that asks
them to come back, never an error; and the site is back with it."""

import pytest
from django.test import Client

from embassy.publishing import Status
from news.models import Article
from tests.faults import database_away
from tests.news.factories import make_article
from tests.pages.factories import make_page

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db(transaction=True)]


def test_visitors_get_the_last_copy_or_a_503_and_the_site_comes_back():
    make_article(slug="visit", title_en="The minister visits")
    make_page(slug="mission", title_en="Our mission")
    # Errors are answered as a server answers them, not raised in the test.
    visitor = Client(raise_request_exception=False)
    assert visitor.get("/ru/news/visit/")["X-Page-Cache"] == "miss"
    # A change after it was stored: the copy is no longer current.
    article = Article.objects.get(slug="visit")
    article.title_en = "The minister leaves"
    article.save()
    with database_away():
        stale = visitor.get("/ru/news/visit/")
        assert stale.status_code == 200
        assert stale["X-Page-Cache"] == "stale"
        assert "max-age=0" in stale["Cache-Control"]
        away = visitor.get("/ru/mission/")
        assert away.status_code == 503
        assert away["Retry-After"] == "30"
        assert "Сайт временно недоступен" in away.content.decode()
        # What a load balancer and a monitor read meanwhile.
        assert visitor.get("/healthz").status_code == 200
        ready = visitor.get("/readyz")
        assert ready.status_code == 503
        assert ready.json()["database"] == {"state": "unavailable"}
    # Back at once: the pool does not wait before it connects again.
    assert "Our mission" in Client().get("/en/mission/").content.decode()


def test_what_was_withdrawn_does_not_come_back_in_an_outage():
    """A statement returned to draft (or deleted) after its page was
    stored: while the database is away, that page, and any other stored
    before, may still show it, and none is served."""
    make_article(slug="statement", title_en="A statement")
    make_article(slug="other", title_en="Another article")
    visitor = Client(raise_request_exception=False)
    for path in ("/en/news/statement/", "/en/news/"):
        assert visitor.get(path)["X-Page-Cache"] == "miss"
    statement = Article.objects.get(slug="statement")
    statement.status = Status.DRAFT
    statement.save()
    with database_away():
        for path in ("/en/news/statement/", "/en/news/"):
            assert visitor.get(path).status_code == 503
    # Pages stored after the withdrawal stand in again.
    assert visitor.get("/en/news/other/")["X-Page-Cache"] == "miss"
    Article.objects.get(slug="other").save()
    with database_away():
        assert visitor.get("/en/news/other/")["X-Page-Cache"] == "stale"
