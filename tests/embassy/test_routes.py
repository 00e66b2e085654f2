"""Reserved first segments are read from the URL patterns themselves."""

import types

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from embassy.routes import fixed_segments, routed_segments, served_prefixes


def view(request, **kwargs):
    raise AssertionError("never called")


def test_fixed_segments_look_through_the_language_prefix_and_empty_includes():
    patterns = [
        path("favicon.ico", view),
        path("admin/", view),
        re_path(r"^media/(?P<path>.*)$", view),
        *i18n_patterns(
            path("news/", include([path("feed/", view)])),
            path(
                "",
                include(
                    [
                        path("", view),
                        path("links/", view),
                        path("<slug:slug>/", view),
                        re_path(r"^(?P<path>[-\w]+(?:/[-\w]+)*)/$", view),
                    ]
                ),
            ),
        ),
    ]
    assert fixed_segments(patterns) == {"admin", "media", "news", "links"}


def test_a_urlconf_reserves_what_it_promises_but_does_not_route_yet():
    urlconf = types.ModuleType("urls_with_a_promise")
    urlconf.urlpatterns = [path("feed/", view)]
    urlconf.NOT_YET_ROUTED = ["archive"]
    assert routed_segments(urlconf) == {"feed", "archive"}


def test_the_news_reserves_the_words_of_its_routes():
    assert routed_segments("news.urls") == {"feed", "category", "archive"}


def test_static_and_media_prefixes_are_reserved(settings):
    settings.STATIC_URL = "/assets/"
    settings.MEDIA_URL = "https://cdn.example.org/uploads/"
    assert served_prefixes() == {"assets"}
