"""Revisions of what editors write (django-reversion): every save through the
admin keeps one, with who, when and what changed; editors compare any two,
or one with the item as it is now, and restore one as a new revision.

A revision keeps the texts and settings, not the pictures: a picture that
was replaced has been deleted, with its renditions, so an item restored
keeps the pictures it has now; nor what an item derives from its other
fields (``left_out``). The ``revision`` serialization format fills those
in from the current row.

The comparison is field by field and language by language, words marked
as removed or added; rich text is compared as the text a visitor reads,
not as its markup.
"""

import datetime
import difflib
import html
import re

import reversion
from django.conf import settings
from django.core.serializers import json as json_serializer
from django.db import models
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from modeltranslation.fields import TranslationField
from modeltranslation.translator import NotRegistered, translator

from .richtext import RichTextField
from .translated import edited_column

FORMAT = "revision"


# When something happened to the item, not what it says: a restore keeps
# the current ones (and dates the languages whose texts it changes).
RECORDED_TIMES = (
    "withdrawn_at",
    "noted_at",
    *(edited_column(code) for code, _name in settings.LANGUAGES),
)


def left_out(model):
    """The fields revisions leave out: the files, the columns the item
    derives from others (``derived_fields``: a page's path, from its parent
    and slug), which a restore would otherwise set apart from them, and the
    times it records (``RECORDED_TIMES``)."""
    names = {f.name for f in model._meta.fields}
    files = [f.name for f in model._meta.fields if isinstance(f, models.FileField)]
    times = [name for name in RECORDED_TIMES if name in names]
    return [*files, *getattr(model, "derived_fields", ()), *times]


def register(model):
    """Keep revisions of ``model``, but for what they leave out."""
    if not reversion.is_registered(model):
        reversion.register(model, exclude=left_out(model), format=FORMAT)


# The serialization format of revisions: JSON, and, when read back, the
# current row's values of what revisions leave out filled in.
Serializer = json_serializer.Serializer


def Deserializer(stream_or_string, **options):  # noqa: N802 (Django's name)
    for deserialized in json_serializer.Deserializer(stream_or_string, **options):
        item = deserialized.object
        fields = [item._meta.get_field(name) for name in left_out(type(item))]
        if fields:
            current = type(item)._base_manager.filter(pk=item.pk).first()
            for field in fields:
                value = (
                    getattr(current, field.attname) if current else field.get_default()
                )
                setattr(item, field.attname, value)
        yield deserialized


# Tags that end a word ("</p><p>" separates two); any other ("<strong>")
# may stand within one.
BLOCK_TAG = re.compile(
    r"</?(p|div|br|li|ul|ol|h[1-6]|blockquote|figure|figcaption|table|tr|td|th)\b[^>]*>",
    re.IGNORECASE,
)


def _visible_text(value):
    text = re.sub(r"<[^>]*>", "", BLOCK_TAG.sub(" ", value or ""))
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def _words(text):
    # Each word with the space after it: an added word is marked with its
    # space, not the spaces around it.
    return re.findall(r"\S+\s*|\s+", text)


def marked_difference(old, new):
    """The two texts as HTML, the words only in ``old`` marked <del>, those
    only in ``new`` marked <ins>; everything escaped."""
    before, after = _words(old), _words(new)
    old_parts, new_parts = [], []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        removed, added = "".join(before[a1:a2]), "".join(after[b1:b2])
        if operation == "equal":
            old_parts.append(format_html("{}", removed))
            new_parts.append(format_html("{}", added))
            continue
        if removed:
            old_parts.append(format_html("<del>{}</del>", removed))
        if added:
            new_parts.append(format_html("<ins>{}</ins>", added))
    return tuple(
        format_html_join("", "{}", ((part,) for part in parts))
        for parts in (old_parts, new_parts)
    )


def _display(field, value):
    if isinstance(field, RichTextField):
        return _visible_text(value)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.ForeignKey):
        if value is None:
            return ""
        related = field.related_model._base_manager.filter(pk=value).first()
        return str(related) if related else f"#{value}"
    if isinstance(field, models.BooleanField):
        return "✓" if value else "✗"
    if isinstance(value, datetime.datetime):
        return formats.localize(timezone.localtime(value))
    return "" if value is None else str(value)


def compared_fields(model):
    """The fields a comparison shows, with their labels: a translated field
    once per language, never the field modeltranslation keeps for the
    default language."""
    try:
        translated = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        translated = {}
    languages = dict(settings.LANGUAGES)
    shown = []
    for field in model._meta.concrete_fields:
        if field.name in translated or not field.editable or field.primary_key:
            continue
        if field.name in left_out(model):
            continue
        if isinstance(field, TranslationField):
            language = languages[field.language]
            label = f"{field.translated_field.verbose_name} ({language})"
        else:
            label = str(field.verbose_name)
        shown.append((field, label[:1].upper() + label[1:]))
    return shown


def field_values(item):
    """An item as it is now, in the form of a revision's field_dict."""
    return {
        field.attname: getattr(item, field.attname)
        for field, _label in compared_fields(type(item))
    }


def differences(model, old, new):
    """(label, old HTML, new HTML) for each field whose value differs
    between the field dicts ``old`` and ``new``."""
    rows = []
    for field, label in compared_fields(model):
        before = _display(field, old.get(field.attname))
        after = _display(field, new.get(field.attname))
        if before != after:
            rows.append((label, *marked_difference(before, after)))
    return rows
