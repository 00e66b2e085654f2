"""One log line per request, for production's JSON logs: method, path,
status, duration and, for staff, who. The query string is left out (a
search can name a person), and so is a preview link's token (it opens a
draft to whoever has it), and so are addresses: the web server in front
logs those, under its own retention."""

import logging
import re
import time

from django.utils.functional import empty

logger = logging.getLogger("embassy.requests")

PREVIEW_TOKEN = re.compile(r"(/preview/)[^/]+")


def logged_path(request):
    return PREVIEW_TOKEN.sub(r"\1…", request.path)


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        path = logged_path(request)
        logger.info(
            "%s %s %s",
            request.method,
            path,
            response.status_code,
            extra={
                "method": request.method,
                "path": path,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "user_id": _user_id(request),
            },
        )
        return response


class WithoutQueryString(logging.Filter):
    """Django's own records (a 404, a refused request) carry the request,
    which a JSON log would write out whole, query string and all: only its
    method and path are kept."""

    def filter(self, record):
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            record.request = f"{request.method} {logged_path(request)}"
        return True


def _user_id(request):
    # Only a user the request has already looked up: asking here would cost
    # a page from the cache two queries.
    user = getattr(request, "user", None)
    if user is None or getattr(user, "_wrapped", None) is empty:
        return None
    return user.pk if user.is_authenticated else None
