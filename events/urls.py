from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("", views.UpcomingEventsView.as_view(), name="event_list"),
    path("past/", views.PastEventsView.as_view(), name="past_events"),
    path("feed.ics", views.events_feed, name="feed"),
    path("<slug:slug>/", views.EventDetailView.as_view(), name="event_detail"),
    path("<slug:slug>/event.ics", views.EventCalendarView.as_view(), name="event_ics"),
]
