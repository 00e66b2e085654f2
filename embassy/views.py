"""Views shared by every app: the editor's image upload, the favicon,
robots.txt, and uploads served when no web server is in front."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.static import serve

from .images import normalize_image
from .models import TextImage
from .richtext import may_edit_rich_text
from .tasks import schedule_text_image_sweep


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


def robots_txt(request):
    """Crawlers may read every public page, never the admin, and are told
    where the sitemap is (an absolute address, as the protocol requires)."""
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('admin:index')}",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
