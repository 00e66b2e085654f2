"""Request bodies refused before they are read: a visitor, or anyone not
signed in as staff, never needs to send more than a small form (the sign-in
form, a browser's report), so a larger body is answered 413 at once instead
of being parsed and spooled to disk. Staff may send forms with long texts,
and files (multipart forms: photos, archives, pictures in text) up to the
upload limit, which the web server in front repeats (README, deployment).

Placed after the authentication middleware (it needs the user) and before
anything reads the body: the CSRF check reads it in its process_view, which
runs only after every middleware has seen the request."""

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _


def body_limit(request):
    user = getattr(request, "user", None)
    if not (user and user.is_authenticated and user.is_staff):
        return settings.ANONYMOUS_BODY_MAX_BYTES
    if request.content_type == "multipart/form-data":
        return settings.STAFF_UPLOAD_MAX_BYTES
    return settings.STAFF_FORM_MAX_BYTES


class BodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return HttpResponse(
                _("Bad request."), status=400, content_type="text/plain"
            )
        # Most requests have no body: they need not wake the session up.
        if length > settings.ANONYMOUS_BODY_MAX_BYTES and length > body_limit(request):
            # The unread body makes the connection unusable: close it.
            response = HttpResponse(
                _("This request is too large."), status=413, content_type="text/plain"
            )
            response["Connection"] = "close"
            return response
        return self.get_response(request)
