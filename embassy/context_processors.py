"""What every page's frame needs from the kernel: the language switcher."""

from django.conf import settings
from django.utils.translation import get_language


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


def languages(request):
    return {"language_links": _language_links(request)}
