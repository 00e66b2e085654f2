from django.urls import path

from . import feeds, views

app_name = "news"

# In the URL contract (DESIGN.md) but not routed yet: reserved already, so
# that no article takes an address that the archive will need.
NOT_YET_ROUTED = ["archive"]

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
    path("<slug:slug>/", views.ArticleDetailView.as_view(), name="article_detail"),
]
