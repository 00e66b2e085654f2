"""While the database is away: the pages visitors had, or a page that asks
them to come back, never an error; and the site is back with it."""

from contextlib import contextmanager

import psycopg
import pytest
from django.db import connection
from django.test import Client

from news.models import Article
from tests.news.factories import make_article
from tests.pages.factories import make_page

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db(transaction=True)]


@contextmanager
def database_away():
    """The test database refuses connections and drops those it has, as a
    stopped server would, while the server itself keeps running."""
    name = connection.settings_dict["NAME"]
    params = connection.get_connection_params()
    params.update(dbname="postgres", autocommit=True)
    with psycopg.connect(**params) as admin:
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        )
        try:
            yield
        finally:
            admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
            # What a server does after every request, and the test client
            # does not: the broken connection goes back to the pool, which
            # checks it before handing it out again.
            connection.close()


def test_visitors_get_the_last_copy_or_a_503_and_the_site_comes_back():
    make_article(slug="visit", title_en="The minister visits")
    make_page(slug="mission", title_en="Our mission")
    # Errors are answered as a server answers them, not raised in the test.
    visitor = Client(raise_request_exception=False)
    assert visitor.get("/ru/news/visit/")["X-Page-Cache"] == "miss"
    # A change after it was stored: the copy is no longer current.
    Article.objects.filter(slug="visit").update(title_en="The minister leaves")
    with database_away():
        stale = visitor.get("/ru/news/visit/")
        assert stale.status_code == 200
        assert stale["X-Page-Cache"] == "stale"
        assert "max-age=0" in stale["Cache-Control"]
        away = visitor.get("/ru/mission/")
        assert away.status_code == 503
        assert away["Retry-After"] == "30"
        assert "Сайт временно недоступен" in away.content.decode()
    # Back at once: the pool does not wait before it connects again.
    assert "Our mission" in Client().get("/en/mission/").content.decode()
