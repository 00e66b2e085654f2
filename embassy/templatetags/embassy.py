import datetime

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from embassy.links import is_external, localize_link

register = template.Library()


@register.filter
def lang_if_fallback(item, field):
    """` lang="en"` when ``item.field`` is shown in English for want of a
    translation, so that screen readers pronounce it right."""
    language = fallback_language(item, field)
    return format_html(' lang="{}"', language) if language else ""


@register.filter
def localized(link):
    """A link typed by an editor, as the visitor follows it."""
    return localize_link(link)


@register.filter
def external(link):
    return is_external(link)


@register.filter
def fallback_language(item, field):
    """The language ``item.field`` is shown in when it is shown for want of
    a translation, else an empty string: for ``{% picture alt_lang=… %}``."""
    return settings.LANGUAGE_CODE if field in item.untranslated_fields else ""


@register.simple_tag
def picture(*renditions, alt="", sizes=None, lazy=False, alt_lang="", css_class=""):
    """A picture from its renditions (embassy/images/renditions.py): each
    format but the last is a ``<source>``, the last is the ``<img>`` every
    browser shows, with the rendition's width and height so that the page
    does not jump. Several renditions are sizes of one picture: they become
    a ``srcset`` by width, and ``sizes`` says how wide the picture is shown.
    """
    first = renditions[0]
    by_format = list(zip(*(rendition.files for rendition in renditions), strict=True))

    def srcset(files):
        if len(renditions) == 1:
            return files[0][1].url
        return ", ".join(
            f"{file.url} {rendition.width}w"
            for (_type, file), rendition in zip(files, renditions, strict=True)
        )

    sizes_attr = (
        format_html(' sizes="{}"', sizes) if sizes and len(renditions) > 1 else ""
    )
    sources = format_html_join(
        "",
        '<source type="{}" srcset="{}"{}>',
        ((files[0][0], srcset(files), sizes_attr) for files in by_format[:-1]),
    )
    fallback = by_format[-1]
    img = format_html(
        '<img src="{}"{}{} alt="{}"{}{} width="{}" height="{}"{}>',
        fallback[0][1].url,
        format_html(' srcset="{}"', srcset(fallback)) if len(renditions) > 1 else "",
        sizes_attr,
        alt,
        format_html(' lang="{}"', alt_lang) if alt_lang else "",
        format_html(' class="{}"', css_class) if css_class else "",
        first.width,
        first.height,
        mark_safe(' loading="lazy"') if lazy else "",
    )
    if not sources:
        return img
    return format_html("<picture>{}{}</picture>", sources, img)


@register.filter
def html_datetime(value):
    """A time as the datetime attribute of <time> takes it, in the site's
    time zone with its offset: "2026-11-28T15:04:05+05:00". date:"c" keeps
    microseconds, which the HTML standard refuses there."""
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).replace(microsecond=0).isoformat()
    return value.isoformat() if value else ""
