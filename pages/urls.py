from django.urls import path, re_path

from . import views

app_name = "pages"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("links/", views.LinkListView.as_view(), name="link_list"),
    # Last: any other path may be a static page.
    re_path(
        r"^(?P<path>[-a-zA-Z0-9_]+(?:/[-a-zA-Z0-9_]+)*)/$",
        views.PageDetailView.as_view(),
        name="page_detail",
    ),
]
