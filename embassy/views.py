"""Views shared by every app: the editor's image upload, the favicon,
robots.txt, the browsers' reports of blocked content, and uploads served
when no web server is in front."""

import errno
import json
import logging
import sys

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import (
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, requires_csrf_token
from django.views.decorators.http import require_POST
from django.views.static import serve

from .dbpool import DATABASE_AWAY
from .images import normalize_image
from .models import TextImage
from .richtext import may_edit_rich_text
from .tasks import schedule_text_image_sweep

csp_logger = logging.getLogger("embassy.csp")


def _editor_error(message, status):
    # CKEditor 5 shows error.message and ignores the status code.
    return JsonResponse({"error": {"message": message}}, status=status)


@require_POST
def editor_image_upload(request):
    """Store an image inserted in the rich-text editor and return its URL."""
    if not may_edit_rich_text(request.user):
        return _editor_error(
            _("Only editors of the site's content may upload images."), status=403
        )
    upload = request.FILES.get("upload")
    if upload is None:
        return _editor_error(_("No file was received."), status=400)
    try:
        image = normalize_image(upload)
    except ValidationError as error:
        return _editor_error(" ".join(error.messages), status=400)
    text_image = TextImage.objects.create(image=image, uploaded_by=request.user)
    schedule_text_image_sweep()
    return JsonResponse({"url": text_image.text_url})


def serve_media(request, path):
    """Uploads, when Django serves them itself (SERVE_MEDIA): trying the site
    out and the browser tests. Production's web server serves MEDIA_ROOT."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)


def favicon(request):
    # Browsers ask for /favicon.ico on pages that name no icon (the admin).
    return HttpResponsePermanentRedirect(static("img/emblem.svg"))


# A browser's report is a few hundred bytes: more is not a report.
CSP_REPORT_MAX_BYTES = 16 * 1024
CSP_REPORTS_LOGGED = 5


@csrf_exempt
@require_POST
def csp_report(request):
    """Browsers report here what the Content-Security-Policy blocked (an
    injected script, or a page of ours that breaks the policy): logged, so
    that it is seen."""
    body = request.read(CSP_REPORT_MAX_BYTES + 1)
    if len(body) > CSP_REPORT_MAX_BYTES:
        return HttpResponse(status=413)
    try:
        report = json.loads(body)
    except (ValueError, RecursionError):
        return HttpResponse(status=400)
    # The older format wraps one report; the Reporting API sends a list,
    # of which a few are logged: a page breaks the policy a few ways at once.
    reports = report if isinstance(report, list) else [report]
    for item in reports[:CSP_REPORTS_LOGGED]:
        if not isinstance(item, dict):
            return HttpResponse(status=400)
        details = item.get("csp-report") or item.get("body") or {}
        if not isinstance(details, dict):
            return HttpResponse(status=400)
        # Quoted and cut short: a report cannot forge lines of the log.
        csp_logger.warning(
            "Content-Security-Policy blocked %r on %r (%r)",
            str(details.get("blocked-uri") or details.get("blockedURL"))[:200],
            str(details.get("document-uri") or details.get("documentURL"))[:200],
            str(details.get("violated-directive") or details.get("effectiveDirective"))[
                :100
            ],
        )
    return HttpResponse(status=204)


def robots_txt(request):
    """Crawlers may read every public page, never the admin, and are told
    where the sitemap is (an absolute address, as the protocol requires)."""
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('admin:index')}",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


# While the database is away, visitors are asked to come back shortly
# rather than told that something is broken; the page needs no query.
RETRY_AFTER_SECONDS = 30
# No room on the disk, in the user's quota, or for a file this large.
DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def discard_upload(request):
    """Delete the temporary file an upload was being written to, which
    nothing else holds once the request ends, and read what is left of the
    body (bounded by the body limits) without keeping it: a client still
    sending when the answer comes would see the connection reset, and
    never the answer."""
    for handler in getattr(request, "_upload_handlers", []):
        file = getattr(handler, "file", None)
        if file is not None:
            file.close()  # a temporary file is deleted as it is closed
    try:
        while request.read(64 * 1024):
            pass
    except OSError:
        pass  # the client has gone: nobody is left to tell


@requires_csrf_token
def server_error(request):
    """handler500: the 500 page; a 503 with Retry-After when what failed
    is reaching the database; a 507 when the disk is full (an upload being
    received)."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_AWAY):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    if isinstance(error, OSError) and error.errno in DISK_FULL:
        discard_upload(request)
        return HttpResponse(loader.render_to_string("507.html"), status=507)
    return HttpResponseServerError(loader.render_to_string("500.html"))
