"""Pages for visitors from a shared cache that is never stale.

A visitor who is not signed in gets each page from Django's cache (Redis in
production, local memory on the try-out site), keyed by its full address:
the language is its first segment. Never stale, by two rules:

- Every change to anything a page can show starts a new *generation*, and
  every key carries the current one: the pages stored before are never read
  again and expire on their own. One counter for the whole site, not a key
  per piece of content: a mission's site changes a few times an hour and
  renders a page in milliseconds, while knowing which pages show what (the
  menu, the latest news, the footer are on all of them) would be a second
  description of every template, wrong as soon as one changes.
- A page is kept no longer than the next scheduled change of anything the
  site shows: the nearest future publish or end time, found once per
  generation in one query, or a time an app's ``schedule()`` names (when
  a sentence that depends on the clock alone changes).

While the database is away, a page is served as it last was (stale), but
never one stored before the last withdrawal (an item unpublished, ended by
an editor or deleted): a retracted statement does not come back in an
outage.

Values that pages compute from the content (the menu, the site settings, a
list's count) are kept the same way, with ``remembered()``.

Models join by ``track()`` in their app's ``ready()``; their querysets
derive from ``TrackedQuerySet`` so that ``update()`` and the bulk
operations, which send no signals, count as changes too.

Only what is the same for every visitor is stored: a request that carries
a session cookie (an editor, who may see previews) is never served from the
cache nor stored, and is told ``private, no-store``; a response that sets a
cookie, varies on one, uses a CSP nonce, or is not a 200 is not stored.
"""

import hashlib
import logging
import re
import secrets
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.middleware.csp import get_nonce
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.dateparse import parse_datetime
from django.utils.http import http_date, parse_http_date_safe, split_header_value
from django.utils.translation import get_language_from_path, get_language_from_request

from .cache import CACHE_ERRORS

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
WITHDRAWN_KEY = "page-cache:withdrawn-at"
# The only query strings a stored page may have: a page of a list. Other
# queries (a search, a filter) are rendered for each request, so that
# nobody can fill the cache with addresses of their own making.
STORED_QUERY = re.compile(r"(page=[0-9]{1,9})?")
# Headers that belong to one response, not to the stored page.
UNSTORED_HEADERS = {"set-cookie", "x-page-cache", "cache-control", "expires"}
# What a stored page may vary on: both are in its key.
STORED_VARY = {"accept-encoding", "accept-language"}
ACCEPTS_GZIP = re.compile(r"\bgzip\b")  # as GZipMiddleware reads it

_tracked = []


class TrackedQuerySet(models.QuerySet):
    """A queryset whose writes without signals count as changes too."""

    def update(self, **kwargs):
        rows = super().update(**kwargs)
        content_changed(withdrawn=_may_withdraw(kwargs))
        return rows

    def bulk_create(self, *args, **kwargs):
        created = super().bulk_create(*args, **kwargs)
        content_changed()
        return created

    def bulk_update(self, objs, fields, *args, **kwargs):
        rows = super().bulk_update(objs, fields, *args, **kwargs)
        content_changed(withdrawn=_may_withdraw(fields))
        return rows


# The columns whose change can take an item off the site.
PUBLISHING_COLUMNS = {"status", "publish_at", "end_at"}


def _may_withdraw(fields):
    return bool(PUBLISHING_COLUMNS & set(fields))


def track(*models_shown):
    """Pages show these models: any save or delete of one, and any change
    of its many-to-many relations, starts a new generation."""
    for model in models_shown:
        label = model._meta.label
        post_save.connect(_changed, sender=model, dispatch_uid=f"pagecache:{label}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"pagecache:{label}")
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(
                _changed,
                sender=field.remote_field.through,
                dispatch_uid=f"pagecache:{label}.{field.name}",
            )
        if model not in _tracked:
            _tracked.append(model)


def tracked_models():
    return list(_tracked)


def _changed(signal, instance=None, created=False, **kwargs):
    # Publishable items know whether they were shown when loaded (live, or
    # withdrawn, at their address); anything else deleted may have been
    # shown, and nothing just created was.
    was_shown = not created and (
        getattr(instance, "was_live", True) or getattr(instance, "was_withdrawn", False)
    )
    if signal is post_delete:
        withdrawn = was_shown
    elif signal is post_save:
        withdrawn = was_shown and not getattr(instance, "is_live", True)
        if hasattr(instance, "was_live"):
            # For its next save.
            instance.was_live = instance.is_live
            instance.was_withdrawn = instance.is_withdrawn
    else:
        withdrawn = False
    content_changed(withdrawn=withdrawn)


def content_changed(withdrawn=False):
    """Start a new generation now, and again once the transaction commits:
    a page rendered from the old rows in between is left unread too."""
    _new_generation(withdrawn)
    transaction.on_commit(lambda: _new_generation(withdrawn), robust=True)


def _new_generation(withdrawn=False):
    """Start one; whether the cache could record it."""
    # A new random value, not a count: if the cache loses the key (evicted,
    # restarted), a fresh one can never bring back pages stored under an
    # old value.
    try:
        cache.set(GENERATION_KEY, secrets.token_hex(8), timeout=None)
        # The last withdrawal, or when the cache first held a generation:
        # what was withdrawn before it is not known.
        if withdrawn:
            cache.set(WITHDRAWN_KEY, _now(), timeout=None)
        else:
            cache.add(WITHDRAWN_KEY, _now(), timeout=None)
    except CACHE_ERRORS as error:
        _cache_away(error)
        return False
    return True


# While the cache cannot be reached, pages are rendered for every request
# and changes cannot start a generation: the first process to reach it
# again after noticing it was away starts one, so that no page stored
# before a change made meanwhile is ever served.
_cache_was_away = False


def _cache_away(error):
    global _cache_was_away
    if not _cache_was_away:
        logger.error("The cache cannot be reached, pages are not stored: %s", error)
    _cache_was_away = True


def after_absence():
    """Start a generation if this process saw the cache away: asked at every
    page, and by the worker at every beat (it changes content, a photo
    processed, and serves no page that would ask)."""
    global _cache_was_away
    # What changed meanwhile is not known: it may have been a withdrawal.
    if _cache_was_away and _new_generation(withdrawn=True):
        _cache_was_away = False
        logger.warning("The cache is back; a new generation of pages has begun.")


@contextmanager
def _unless_cache_away():
    try:
        yield
    except CACHE_ERRORS as error:
        _cache_away(error)


def current_generation():
    """The generation (raises CACHE_ERRORS while the cache is away)."""
    after_absence()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # Lost (evicted, the cache restarted) or never made: what was
        # withdrawn meanwhile is not known either.
        if cache.add(GENERATION_KEY, secrets.token_hex(8), timeout=None):
            cache.add(WITHDRAWN_KEY, _now(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def schedule(changes_at):
    """Adds ``changes_at(now)`` to the pages' schedule: the next time after
    ``now`` that something pages show changes by the clock alone, not by
    an edit (an office's "open until 13:00" at 13:00), or None."""
    _schedules.append(changes_at)


_schedules = []


def next_scheduled_change(now):
    """The nearest future publish or end time of any published item, in one
    query for all the tracked kinds that have them, or the nearest time
    that a ``schedule()`` names; None if there is none."""
    times = [time for time in (changes_at(now) for changes_at in _schedules) if time]
    return min([*times, *_publishing_times(now)], default=None)


def _publishing_times(now):
    from .publishing import Publishable, Status

    parts, params = [], []
    for model in _tracked:
        if not issubclass(model, Publishable):
            continue
        published = model._base_manager.filter(status=Status.PUBLISHED)
        for field in ("publish_at", "end_at"):
            nearest = (
                published.filter(**{f"{field}__gt": now})
                .order_by(field)
                .values_list(field)[:1]
            )
            sql, part_params = nearest.query.sql_with_params()
            parts.append(f"({sql})")
            params.extend(part_params)
    if not parts:
        return []
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts), params)
        row = cursor.fetchone()
    return [_as_datetime(value) for value in row if value is not None]


def _as_datetime(value):
    # SQLite returns a subquery's datetime as text.
    if isinstance(value, str):
        value = parse_datetime(value)
    if timezone.is_naive(value):
        value = timezone.make_aware(value, timezone.UTC)
    return value


def _now():
    # The clock live() reads.
    return timezone.now().timestamp()


def keep_until(generation):
    """Until when a page of this generation may be kept (a Unix time)."""
    key = f"page-cache:{generation}:until"
    until = cache.get(key)
    now = _now()
    if until is None or until <= now:
        longest = now + settings.PAGE_CACHE_SECONDS
        change = next_scheduled_change(timezone.now())
        until = min(longest, change.timestamp()) if change else longest
        cache.set(key, until, timeout=max(1, int(until - now)))
    return until


def remembered(name, compute):
    """A value computed from the content (the menu, a list's count), kept
    as the pages are: until the content changes or the next scheduled time
    comes. Editors' pages use it too, as it holds only what visitors see."""
    try:
        # Read before computing, for the same reason as a page's.
        generation = current_generation()
        digest = hashlib.sha256(name.encode()).hexdigest()[:32]
        key = f"page-cache:{generation}:value:{digest}"
        found = cache.get(key, _MISSING)
    except CACHE_ERRORS as error:
        _cache_away(error)
        return compute()
    if found is not _MISSING:
        return found
    # How long it may be kept, as of before computing: a scheduled change
    # passed meanwhile must not make it last until the next one.
    until = _keep_until_or_none(generation)
    value = compute()
    if until is not None:
        with _unless_cache_away():
            seconds = int(until - _now())
            if seconds >= 1:
                cache.set(key, value, seconds)
    return value


def _keep_until_or_none(generation):
    """``keep_until``, or None when it cannot be known: nothing is stored
    then. While the database is away the schedule cannot be read; the
    page's own rendering meets the same fault and answers for it."""
    try:
        return keep_until(generation)
    except CACHE_ERRORS as error:
        _cache_away(error)
    except DatabaseError:
        pass
    return None


_MISSING = object()


def _serves_from_cache(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and STORED_QUERY.fullmatch(request.META.get("QUERY_STRING", ""))
        # Static files and photos: served by what follows, never stored.
        and not request.path_info.startswith((settings.STATIC_URL, settings.MEDIA_URL))
    )


def _page_key(request):
    # The language is the path's first segment; an address without one
    # (the sitemap) is in the language the visitor's browser asks for. A
    # page is stored compressed for browsers that ask, plain for others.
    language = get_language_from_path(request.path_info) or get_language_from_request(
        request
    )
    packed = ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    address = f"{request.build_absolute_uri()} {language} {bool(packed)}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page-cache:page:{digest[:32]}"


def _directives(response):
    return {
        part.split("=")[0].strip().lower()
        for part in split_header_value(response.get("Cache-Control", ""))
    }


def _storable(request, response):
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and STORED_VARY.issuperset(
            name.lower() for name in split_header_value(response.get("Vary", ""))
        )
        and not _directives(response) & {"private", "no-store", "no-cache"}
        and not get_nonce(request)
    )


def _public(until, now):
    """Browsers and proxies may keep the page briefly, never past the next
    scheduled change, and show it while revalidating. Not when the site
    fails (no stale-if-error): only the site knows whether a page stored
    earlier shows something withdrawn since, and serves it stale if not."""
    seconds = max(0, min(settings.PAGE_MAX_AGE, int(until - now)))
    return f"public, max-age={seconds}, stale-while-revalidate={settings.PAGE_MAX_AGE}"


def _patch_private(response):
    """What an editor sees (a preview, perhaps) is kept by no cache."""
    if not {"private", "no-store"} <= _directives(response):
        response.headers.pop("Expires", None)
        response["Cache-Control"] = "private, no-store"


def _from_cache(request, entry, now, state="hit"):
    _, until, content, headers = entry[:4]
    response = HttpResponse(content, headers=headers)
    response["Cache-Control"] = _public(until if state == "hit" else now, now)
    response["X-Page-Cache"] = state
    # What ConditionalGetMiddleware does for a page that is rendered.
    last_modified = parse_http_date_safe(headers.get("Last-Modified", ""))
    return get_conditional_response(
        request,
        etag=headers.get("ETag"),
        last_modified=last_modified,
        response=response,
    )


def _may_serve_stale(entry):
    """Whether a page of an earlier generation may stand in: not if it was
    stored before the last withdrawal, which it may still show."""
    if entry is None or len(entry) < 5:
        return False
    try:
        withdrawn_at = cache.get(WITHDRAWN_KEY)
    except CACHE_ERRORS:
        return False
    # Not known (evicted): nothing stands in.
    return withdrawn_at is not None and entry[4] > withdrawn_at


class PageCacheMiddleware:
    """Serves and stores visitors' pages. First of the middleware: a page
    from the cache costs one read of the cache and nothing else, and is
    stored as the middleware below finished it (security headers, policy,
    compression, ETag)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _serves_from_cache(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES:
                _patch_private(response)
            return response
        # The generation and the page in one read. The generation is read
        # before rendering: a change committed while the page renders
        # starts a later one, under which this page is never served.
        key = _page_key(request)
        try:
            after_absence()
            found = cache.get_many([GENERATION_KEY, key])
            generation = found.get(GENERATION_KEY) or current_generation()
        except CACHE_ERRORS as error:
            _cache_away(error)
            return self.get_response(request)
        entry = found.get(key)
        now = _now()
        # The cache's own expiry counts in whole seconds.
        if entry is not None and entry[0] == generation and entry[1] > now:
            return _from_cache(request, entry, now)
        # Until when the page may be kept, as of before rendering: rendered
        # just before a scheduled change ("open until 13:00" at 12:59:59),
        # it must not be kept until the change after.
        until = _keep_until_or_none(generation)
        response = self.get_response(request)
        if response.status_code == 503 and _may_serve_stale(entry):
            # The database is away (embassy.views.server_error): the page
            # as it last was is better than an apology.
            return _from_cache(request, entry, now, "stale")
        if until is not None and _storable(request, response):
            with _unless_cache_away():
                self.store(key, generation, until, response, now)
        return response

    def store(self, key, generation, until, response, now):
        seconds = int(until - _now())
        if seconds < 1:
            return
        response["Last-Modified"] = http_date()
        headers = {
            name: value
            for name, value in response.items()
            if name.lower() not in UNSTORED_HEADERS
        }
        # Stored as of before rendering: a withdrawal committed while the
        # page rendered may be on it.
        stored = (generation, until, response.content, headers, now)
        cache.set(key, stored, seconds)
        response["Cache-Control"] = _public(until, now)
        response["X-Page-Cache"] = "miss"
