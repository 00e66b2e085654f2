"""The interface is translated, and the committed .mo files match the .po."""

import gettext
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib import admin
from django.urls import reverse
from django.utils import translation

from embassy.translated import translated_search_fields
from news.models import Article

LOCALE = Path(settings.BASE_DIR) / "locale"
ENTRY = re.compile(r'^(?:msgctxt "(.*)"\n)?msgid "(.*)"\nmsgstr "(.*)"', re.MULTILINE)


def po_entries(language):
    """{(context or "", msgid): msgstr} of the .po file."""
    text = (LOCALE / language / "LC_MESSAGES" / "django.po").read_text()
    # Join continued lines so that each entry reads as one msgid and msgstr.
    text = re.sub(r'"\n"', "", text)
    return {
        (context, msgid): msgstr
        for context, msgid, msgstr in ENTRY.findall(text)
        if msgid
    }


def unescaped(text):
    return text.encode().decode("unicode_escape").encode("latin-1").decode()


@pytest.mark.parametrize("language", ["ru", "uz"])
def test_every_interface_string_is_translated(language):
    entries = po_entries(language)
    assert len(entries) > 50
    untranslated = [msgid for msgid, msgstr in entries.items() if not msgstr]
    assert untranslated == []
    po_text = (LOCALE / language / "LC_MESSAGES" / "django.po").read_text()
    assert "#, fuzzy" not in po_text


@pytest.mark.parametrize("language", ["ru", "uz"])
def test_compiled_catalog_matches_the_po_file(language):
    with open(LOCALE / language / "LC_MESSAGES" / "django.mo", "rb") as mo:
        catalog = gettext.GNUTranslations(mo)
    for (context, msgid), msgstr in po_entries(language).items():
        found = (
            catalog.pgettext(context, unescaped(msgid))
            if context
            else catalog.gettext(unescaped(msgid))
        )
        assert found == unescaped(msgstr), "run manage.py compilemessages"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("en", "News and events"),
        ("ru", "Новости и события"),
        ("uz", "Yangiliklar va tadbirlar"),
    ],
)
def test_news_list_speaks_the_visitors_language(client, language, heading):
    with translation.override(language):
        url = reverse("news:article_list")
    assert f"<h1>{heading}</h1>" in client.get(url).content.decode()


SEARCHED = sorted(
    (
        model_admin
        for model_admin in admin.site._registry.values()
        if model_admin.search_fields
    ),
    key=lambda model_admin: model_admin.opts.label,
)


@pytest.mark.parametrize(
    "model_admin", SEARCHED, ids=[model_admin.opts.label for model_admin in SEARCHED]
)
def test_admin_search_covers_every_language(model_admin):
    """Where a translated text is searched in one language, it is searched
    in all: editors look for an item in the language they remember."""
    codes = [code for code, _name in settings.LANGUAGES]
    fields = set(model_admin.search_fields)
    for name in fields:
        stem, _, code = name.rpartition("_")
        if code in codes:
            assert {f"{stem}_{other}" for other in codes} <= fields, name


def test_at_least_the_content_admins_search_translated_texts():
    searched = {model_admin.opts.label for model_admin in SEARCHED}
    assert {"news.Article", "pages.Page", "gallery.Photo"} <= searched


def test_search_fields_follow_the_languages_setting(settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("kk", "Kazakh")]
    assert translated_search_fields(Article, "title", "slug", "category__name") == (
        *("title_en", "title_ru", "title_uz", "title_kk"),
        "slug",
        *("category__name_en", "category__name_ru", "category__name_uz"),
        "category__name_kk",
    )
