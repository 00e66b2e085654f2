"""What every page's frame needs: the language switcher and the main menu."""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# The sections that exist; the editable menu replaces this list.
MENU = [
    ("pages:home", _("Home")),
    ("news:article_list", _("News and events")),
]


def _language_links(request):
    """The same page in each language. URL paths are not translated (one
    slug for all languages), so swapping the prefix keeps the visitor on the
    page, even on a 404."""
    current = get_language()
    prefix = f"/{current}/"
    rest = request.path[len(prefix) :] if request.path.startswith(prefix) else ""
    query = request.META.get("QUERY_STRING", "")
    links = []
    for code, _name in settings.LANGUAGES:
        url = f"/{code}/{rest}" + (f"?{query}" if query else "")
        links.append({"code": code, "url": url, "current": code == current})
    return links


def _menu(request):
    items = []
    for url_name, label in MENU:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            continue
        home = url_name == "pages:home"
        current = request.path == url if home else request.path.startswith(url)
        items.append({"url": url, "label": label, "current": current})
    return items


def site(request):
    return {
        "language_links": _language_links(request),
        "main_menu": _menu(request),
    }
