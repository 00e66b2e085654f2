from django.urls import path

from . import views

app_name = "offices"

urlpatterns = [
    path("", views.ContactsView.as_view(), name="contacts"),
    path("closures.ics", views.closures_feed, name="closures_feed"),
]
