import datetime

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from embassy.links import is_external, localize_link
from embassy.metadata import (
    OPEN_GRAPH_LOCALES,
    canonical_query,
    in_language,
    json_for_script,
    plain_text,
    shorten,
)

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
    by_format = list(zip(*(rendition.urls for rendition in renditions), strict=True))

    def srcset(urls):
        if len(renditions) == 1:
            return urls[0][1]
        return ", ".join(
            f"{url} {rendition.width}w"
            for (_type, url), rendition in zip(urls, renditions, strict=True)
        )

    sizes_attr = (
        format_html(' sizes="{}"', sizes) if sizes and len(renditions) > 1 else ""
    )
    sources = format_html_join(
        "",
        '<source type="{}" srcset="{}"{}>',
        ((urls[0][0], srcset(urls), sizes_attr) for urls in by_format[:-1]),
    )
    fallback = by_format[-1]
    img = format_html(
        '<img src="{}"{}{} alt="{}"{}{} width="{}" height="{}"{}>',
        fallback[0][1],
        format_html(' srcset="{}"', srcset(fallback)) if len(renditions) > 1 else "",
        sizes_attr,
        alt,
        format_html(' lang="{}"', alt_lang) if alt_lang else "",
        format_html(' class="{}"', css_class) if css_class else "",
        first.width,
        first.height,
        mark_safe(' loading="lazy"') if lazy else "",  # nosec B308
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


register.filter("plain_text", plain_text)


@register.inclusion_tag("embassy/metadata.html", takes_context=True)
def metadata(
    context,
    site,
    title="",
    description="",
    image=None,
    image_alt="",
    kind="website",
    path="",
    drop="",
    query=True,
    languages=None,
    canonical=True,
):
    """What search engines and link previews read of the page: its
    description, its canonical address and language versions, and the Open
    Graph card (which X reads too).

    ``site`` stands for the whole site: its ``name``, ``description`` and
    ``social_image``, used where the page has none of its own. ``image`` is
    a rendition (or anything with ``url``, ``width`` and ``height``), for
    cards 1200×630. The canonical address is ``path`` (the request's by
    default) with the query string, less tracking parameters, ``page=1``
    and the names in ``drop``; ``query=False`` for a page that the query
    string does not change, and a page that answers 400 names the list
    itself. ``languages`` are those the page's item really has (all by
    default): an item shown in the default language for want of the
    visitor's names that version as canonical. ``canonical=False`` (a 404)
    names neither a canonical address nor versions.
    """
    request = context["request"]
    current = get_language()
    codes = [code for code, _name in settings.LANGUAGES]
    if languages is not None:
        codes = [code for code in codes if code in languages]
    if context.get("bad_input"):
        query = False
    query_string = canonical_query(request.GET, drop.split()) if query else ""
    here = (path or request.path) + (f"?{query_string}" if query_string else "")

    versions = {}
    for code in codes:
        found = in_language(here, current, code)
        if found:
            versions[code] = request.build_absolute_uri(found)
    default = versions.get(settings.LANGUAGE_CODE)
    url = versions.get(current) or default or request.build_absolute_uri(here)
    # x-default is the address without a language, which sends each visitor
    # to their own, as the sitemap says too.
    x_default = default and default.replace(f"/{settings.LANGUAGE_CODE}/", "/", 1)
    if not image:
        image, image_alt = site.social_image, ""
    return {
        "title": title or site.name,
        "description": shorten(description or site.description),
        "url": url,
        "canonical": canonical,
        "alternates": list(versions.items()) if canonical else [],
        "x_default": x_default if canonical else None,
        "kind": kind,
        "site_name": site.name,
        "locale": OPEN_GRAPH_LOCALES.get(current, current),
        "locale_alternates": [
            OPEN_GRAPH_LOCALES.get(code, code) for code in codes if code != current
        ],
        "image_url": request.build_absolute_uri(image.url),
        "image_width": image.width,
        "image_height": image.height,
        "image_alt": image_alt,
    }


@register.simple_tag
def json_ld(data):
    """schema.org ``data`` (built in Python) as the page's JSON-LD, in a
    script element that no text in the data can end. A data block is never
    run, so the CSP does not apply to it: it needs no nonce, and the page
    stays the same for every visitor (and cacheable)."""
    if not data:
        return ""
    return format_html(
        '<script type="application/ld+json">{}</script>',
        # Escaped for a script element: no "<", ">" or "&" is left in it.
        mark_safe(json_for_script(data)),  # nosec B308 B703
    )
