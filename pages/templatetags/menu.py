from django import template
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from embassy import pagecache
from embassy.translated import translated_columns
from news.models import Category
from pages.models import MenuItem, Page

register = template.Library()

# What the menu shows until editors have made one.
DEFAULT_MENU = [("pages:home", _("Home")), ("news:article_list", _("News and events"))]


def menu_entries():
    """The menu's addresses and labels in the active language."""
    items = (
        MenuItem.objects.select_related("page", "category")
        .defer(*(f"page__{column}" for column in translated_columns("body")))
        .filter(Q(page__isnull=True) | Q(page__in=Page.objects.live()))
        .filter(Q(category__isnull=True) | Q(category__in=Category.objects.visible()))
        .order_by("order", "pk")
    )
    entries = [(item.get_url(), str(item.label)) for item in items]
    if not entries:
        entries = [(reverse(name), str(label)) for name, label in DEFAULT_MENU]
    return [(url, label) for url, label in entries if url]


@register.inclusion_tag("pages/_main_menu.html", takes_context=True)
def main_menu(context):
    """The main menu: items leading to pages or categories visitors may not
    see are left out, and the item of the section the visitor is in is marked."""
    entries = pagecache.remembered(f"main menu {get_language()}", menu_entries)
    path = context["request"].path
    home = reverse("pages:home")
    matches = [
        url
        for url, _label in entries
        if path == url or (url != home and path.startswith(url))
    ]
    current = max(matches, key=len, default=None)
    return {
        "menu": [
            {"url": url, "label": label, "current": url == current}
            for url, label in entries
        ]
    }
