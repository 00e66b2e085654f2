from django.urls import path, register_converter

from . import feeds, views


class YearConverter:
    """Four digits: one address per year."""

    regex = "[0-9]{4}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{value:04d}"


class MonthConverter(YearConverter):
    """Two digits, 01 to 12 (others are a 404 of the view)."""

    regex = "[0-9]{2}"

    def to_url(self, value):
        return f"{value:02d}"


register_converter(YearConverter, "year")
register_converter(MonthConverter, "month")

app_name = "news"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="article_list"),
    path("feed/", feeds.LatestArticlesFeed(), name="feed"),
    path("feed/atom/", feeds.LatestArticlesAtomFeed(), name="feed_atom"),
    path("category/<slug:slug>/", views.ArticleListView.as_view(), name="category"),
    path("category/<slug:slug>/feed/", feeds.CategoryFeed(), name="category_feed"),
    path(
        "category/<slug:slug>/feed/atom/",
        feeds.CategoryAtomFeed(),
        name="category_feed_atom",
    ),
    path(
        "archive/<year:year>/",
        views.ArticleArchiveView.as_view(),
        name="archive_year",
    ),
    path(
        "archive/<year:year>/<month:month>/",
        views.ArticleArchiveView.as_view(),
        name="archive_month",
    ),
    path("<slug:slug>/", views.ArticleDetailView.as_view(), name="article_detail"),
]
