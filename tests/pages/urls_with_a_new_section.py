"""The site's URLconf with one more section, as a new app would add it."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import path

from embassy.urls import NOT_YET_ROUTED
from embassy.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    *i18n_patterns(path("visas/", lambda request: HttpResponse())),
    *site_urlpatterns,
]
NOT_YET_ROUTED = NOT_YET_ROUTED
