from django.urls import path

from . import views

app_name = "consular"

urlpatterns = [
    path("", views.GuideListView.as_view(), name="guide_list"),
    path("<slug:slug>/", views.GuideDetailView.as_view(), name="guide_detail"),
    path(
        "<slug:slug>/forms/<int:form_pk>/",
        views.FormDownloadView.as_view(),
        name="form_download",
    ),
]
