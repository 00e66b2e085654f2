from django import template
from django.conf import settings
from django.utils.html import format_html

from embassy.links import is_external, localize_link

register = template.Library()


@register.filter
def lang_if_fallback(item, field):
    """` lang="en"` when ``item.field`` is shown in English for want of a
    translation, so that screen readers pronounce it right."""
    if field in item.untranslated_fields:
        return format_html(' lang="{}"', settings.LANGUAGE_CODE)
    return ""


@register.filter
def localized(link):
    """A link typed by an editor, as the visitor follows it."""
    return localize_link(link)


@register.filter
def external(link):
    return is_external(link)
