"""The public lists with 100,000 articles: the same queries as with a few,
each served by an index."""

import json
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from embassy.publishing import Status
from news.models import Article
from tests.news.factories import make_category

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]

MANY = 100_000


def editor_like():
    """A client with a session cookie: never served from the page cache,
    as an editor's request (the values the pages share stay remembered)."""
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = "no-such-session"
    return client


def rendered_queries(client, url):
    """The queries of a page rendered a second time, once the values read
    once per change of content (the menu, a list's count) are remembered."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured]


def scans(sql):
    """The tables the plan of a query reads row by row."""
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}")
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    found, nodes = set(), [plan[0]["Plan"]]
    while nodes:
        node = nodes.pop()
        if node["Node Type"] == "Seq Scan":
            found.add(node["Relation Name"])
        nodes.extend(node.get("Plans", []))
    return found


def add_articles(categories, count, prefix):
    now = timezone.now()
    Article.objects.bulk_create(
        (
            Article(
                slug=f"{prefix}-{number}",
                category=categories[number % len(categories)],
                # One in twenty a draft, one in fifty featured.
                status=Status.DRAFT if number % 20 == 0 else Status.PUBLISHED,
                featured=number % 50 == 0,
                publish_at=now - timedelta(days=30, minutes=number),
                title_en=f"Meeting number {number}",
                summary_en="The council met.",
                body_en="<p>The council met to discuss cooperation.</p>",
            )
            for number in range(count)
        ),
        batch_size=5000,
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE news_article")


def test_the_lists_cost_the_same_queries_and_read_indexes_with_100000_articles():
    categories = [make_category(slug=f"topic-{n}") for n in range(5)]
    add_articles(categories, 40, "few")
    urls = {
        "home": "/en/",
        "news list": "/en/news/",
        "a deep page": "/en/news/?page={deep}",
        "category": categories[2].get_absolute_url(),
    }
    client = editor_like()
    few = {
        name: len(rendered_queries(client, url.format(deep=2)))
        for name, url in urls.items()
    }
    add_articles(categories, MANY, "many")
    for name, url in urls.items():
        queries = rendered_queries(client, url.format(deep=500))
        assert len(queries) == few[name], name
        for sql in queries:
            if "news_article" in sql:
                assert "news_article" not in scans(sql), (name, sql)
