"""What rendering a page costs in queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from embassy import pagecache


def page_queries(client, url, status=200):
    """The queries of one rendering of the page at ``url``, not served from
    the page cache. The cache's schedule, read once after each change of
    content and not for each page, is read before (test_pagecache counts it)."""
    pagecache.keep_until(pagecache.current_generation())
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == status
    assert response.get("X-Page-Cache") != "hit"
    return len(queries)
