"""The root URLconf: the admin, then every app under a language prefix."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemaps_views
from django.urls import include, path, re_path

from consular import sitemaps as consular_sitemaps
from events import sitemaps as events_sitemaps
from gallery import sitemaps as gallery_sitemaps
from news import sitemaps as news_sitemaps
from offices import sitemaps as offices_sitemaps
from pages import sitemaps as pages_sitemaps

from .health import healthz, readyz
from .previews import preview
from .signin import keep_alive
from .sitemaps import ViewSitemap
from .views import csp_report, editor_image_upload, favicon, robots_txt, serve_media

handler500 = "embassy.views.server_error"

# In the URL contract (DESIGN.md) but not routed yet: reserved already, so
# that no page takes an address that the section will need.
NOT_YET_ROUTED = ["documents", "subscribe"]

# One file per section, each split where it would pass sitemaps.org's
# limit; /sitemap.xml is the index that names them all.
sitemaps = {
    "sections": ViewSitemap(
        *pages_sitemaps.VIEWS,
        *news_sitemaps.VIEWS,
        *gallery_sitemaps.VIEWS,
        *offices_sitemaps.VIEWS,
        *consular_sitemaps.VIEWS,
        *events_sitemaps.VIEWS,
    ),
    "pages": pages_sitemaps.PageSitemap,
    "news": news_sitemaps.ArticleSitemap,
    "categories": news_sitemaps.CategorySitemap,
    "gallery": gallery_sitemaps.AlbumSitemap,
    "consular": consular_sitemaps.GuideSitemap,
    "events": events_sitemaps.EventSitemap,
}

urlpatterns = [
    path("favicon.ico", favicon),
    path("robots.txt", robots_txt),
    path("healthz", healthz),
    path("readyz", readyz),
    path("csp-report/", csp_report, name="csp_report"),
    path(
        "sitemap.xml",
        sitemaps_views.index,
        {"sitemaps": sitemaps, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<slug:section>.xml",
        sitemaps_views.sitemap,
        {"sitemaps": sitemaps},
        name="sitemap_section",
    ),
    path("admin/editor/upload/", editor_image_upload, name="editor_image_upload"),
    path("admin/keep-alive/", keep_alive, name="keep_alive"),
    path("admin/", admin.site.urls),
]

if settings.SERVE_MEDIA:
    # Only when trying the site out and in tests: in production the web
    # server in front of Django serves MEDIA_ROOT.
    media_prefix = settings.MEDIA_URL.strip("/")
    urlpatterns.append(re_path(rf"^{media_prefix}/(?P<path>.*)$", serve_media))

urlpatterns += i18n_patterns(
    path("preview/<str:token>/", preview, name="preview_link"),
    path("news/", include("news.urls")),
    path("gallery/", include("gallery.urls")),
    path("search/", include("search.urls")),
    path("contacts/", include("offices.urls")),
    path("consular/", include("consular.urls")),
    path("events/", include("events.urls")),
    path("", include("pages.urls")),
)
