"""Rich text that is safe to show: sanitized on the server with nh3.

The editor in the admin is a convenience, not a security boundary: whatever
HTML reaches the database passes ``sanitize_html`` first. The field does it
in ``get_prep_value``, which every ORM write runs through (save, create, bulk
operations, ``update()`` and fixtures), unlike ``pre_save``.
"""

import posixpath
import re
from urllib.parse import urlsplit

import nh3
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import ngettext
from django_ckeditor_5.fields import CKEditor5Field

from .links import as_browsers_read, is_site_path

ALLOWED_TAGS = {
    "a", "b", "blockquote", "br", "caption", "em", "figcaption", "figure",
    "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "s",
    "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
    "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start", "reversed"},
}
# The classes CKEditor 5 gives its images and tables.
ALLOWED_CLASSES = {"figure": {"image", "table"}}
LINK_SCHEMES = {"http", "https", "mailto"}


def _keep_attribute(element, attribute, value):
    """Links to the web, mail or this site's own paths; images only from our
    own uploads; numbers only where numbers belong."""
    if attribute == "href":
        absolute = value.strip().lower().startswith(("http://", "https://", "mailto:"))
        if not (absolute or is_site_path(value)):
            return None
    if element == "img" and attribute == "src" and not _is_upload(value):
        return None
    if attribute in {"width", "height", "colspan", "rowspan", "start"}:
        return value if value.isascii() and value.isdigit() else None
    return value


def _is_upload(value):
    """An address under MEDIA_URL: a path on this site or, when uploads are
    published from a bucket, an address on its host."""
    # Browsers drop tabs and newlines ("/media/.\t./admin/") and resolve
    # "%2e%2e" and ".." before they fetch.
    read = as_browsers_read(value)
    media = urlsplit(settings.MEDIA_URL)
    if media.netloc:
        address = urlsplit(read)
        if (address.scheme, address.netloc) != (media.scheme, media.netloc):
            return False
        path = address.path
    elif is_site_path(value):
        path = read
    else:
        return False
    return "\\" not in read and posixpath.normpath(path).startswith(media.path)


def sanitize_html(html):
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_keep_attribute,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=LINK_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def validate_image_descriptions(html):
    """Every picture in the text needs a description for visitors who cannot
    see it: without one, screen readers read out its file name."""
    # Judged on what will be stored: the sanitizer's output, in which every
    # attribute is written as name="value".
    pictures = re.findall(r"<img\b[^>]*>", sanitize_html(html or ""))
    missing = sum(
        1
        for tag in pictures
        if ' src="' in tag and not re.search(r' alt="[^"]*\S[^"]*"', tag)
    )
    if missing:
        raise ValidationError(
            ngettext(
                "A picture in the text has no description. Select it, choose "
                "“Change image text alternative” and describe what it shows.",
                "%(count)d pictures in the text have no description. Select "
                "each, choose “Change image text alternative” and describe what "
                "it shows.",
                missing,
            ),
            params={"count": missing},
            code="image_without_description",
        )


class RichTextField(CKEditor5Field):
    """HTML edited with CKEditor 5 and stored only after sanitizing.

    The name is listed in MODELTRANSLATION_CUSTOM_FIELDS, so the translated
    columns are RichTextFields too and every language is sanitized.
    """

    default_validators = [validate_image_descriptions]

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return sanitize_html(value) if value else value


def rich_text_fields():
    """(model, names of its rich-text columns, every language's) for each
    model that has rich text."""
    for model in apps.get_models():
        names = [f.name for f in model._meta.fields if isinstance(f, RichTextField)]
        if names:
            yield model, names


def may_edit_rich_text(user):
    """Whether ``user`` may add or change some model that has rich text, and
    so may upload images into it."""
    if not (user.is_active and user.is_staff):
        return False
    for model, _names in rich_text_fields():
        opts = model._meta
        for action in ("add", "change"):
            if user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}"):
                return True
    return False
