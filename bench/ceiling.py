"""The framework's ceiling for bench/pages.py: a minimal Django project whose
one view answers a fixed 20 KB page, served by the same server as the site.

    gunicorn --chdir bench ceiling:application
"""

import django
from django.conf import settings
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    SECRET_KEY="a key for a page that signs nothing",  # nosec B106
    MIDDLEWARE=[],
)

PARAGRAPH = "<p>" + "The mission of the Republic of Uzbekistan. " * 10 + "</p>\n"
PAGE = ("<!doctype html>\n<title>Ceiling</title>\n" + PARAGRAPH * 50)[: 20 * 1024]


def page(request):
    return HttpResponse(PAGE)


urlpatterns = [path("", page)]

django.setup()

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
