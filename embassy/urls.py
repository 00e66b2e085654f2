"""The root URLconf: the admin, then every app under a language prefix."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path

from .views import editor_image_upload, favicon, serve_media

# In the URL contract (DESIGN.md) but not routed yet: reserved already, so
# that no page takes an address that the section will need.
NOT_YET_ROUTED = ["search", "consular", "contacts", "events", "documents", "subscribe"]

urlpatterns = [
    path("favicon.ico", favicon),
    path("admin/editor/upload/", editor_image_upload, name="editor_image_upload"),
    path("admin/", admin.site.urls),
]

if settings.SERVE_MEDIA:
    # Only when trying the site out and in tests: in production the web
    # server in front of Django serves MEDIA_ROOT.
    media_prefix = settings.MEDIA_URL.strip("/")
    urlpatterns.append(re_path(rf"^{media_prefix}/(?P<path>.*)$", serve_media))

urlpatterns += i18n_patterns(
    path("news/", include("news.urls")),
    path("gallery/", include("gallery.urls")),
    path("", include("pages.urls")),
)
