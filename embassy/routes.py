"""The first parts of a path that a URLconf answers itself, read from its
patterns, so that no slug an editor chooses can take one.

Declared once, in the URLconf: a new route is reserved the day it is added,
with no list elsewhere to keep in step. A URLconf may name, in
``NOT_YET_ROUTED``, the routes it promises but does not answer yet.
"""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import LocalePrefixPattern, URLResolver, get_resolver
from django.utils.regex_helper import normalize

# Only what a slug could be: "favicon.ico" can never clash with one.
_slug = re.compile(r"^[-a-zA-Z0-9_]+\Z")


def fixed_segments(patterns):
    """The literal first segments of ``patterns``. The language prefix and
    includes mounted at the empty path are looked through, so their own
    routes count as first segments too; a pattern that begins with a
    parameter (``<slug:slug>/``, a page's path) reserves nothing."""
    segments = set()
    for entry in patterns:
        if isinstance(entry.pattern, LocalePrefixPattern):
            segments |= fixed_segments(entry.url_patterns)
            continue
        for route, _params in normalize(entry.pattern.regex.pattern):
            if not route and isinstance(entry, URLResolver):
                segments |= fixed_segments(entry.url_patterns)
            first = route.split("/")[0]
            if _slug.match(first):
                segments.add(first)
    return segments


def routed_segments(urlconf=None):
    """The first segments that ``urlconf`` (the root URLconf by default)
    answers or has promised in its ``NOT_YET_ROUTED``."""
    resolver = get_resolver(urlconf)
    promised = getattr(resolver.urlconf_module, "NOT_YET_ROUTED", ())
    return fixed_segments(resolver.url_patterns) | set(promised)


def served_prefixes():
    """The first segments of the static and media addresses, which the web
    server in front answers before the URLconf is consulted."""
    prefixes = set()
    for url in (settings.STATIC_URL, settings.MEDIA_URL):
        parts = urlsplit(url)
        if not parts.netloc:
            first = parts.path.strip("/").split("/")[0]
            if _slug.match(first):
                prefixes.add(first)
    return prefixes
