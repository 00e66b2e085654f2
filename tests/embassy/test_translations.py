"""The interface is translated, and the committed .mo files match the .po."""

import gettext
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

LOCALE = Path(settings.BASE_DIR) / "locale"
ENTRY = re.compile(r'^msgid "(.*)"\nmsgstr "(.*)"', re.MULTILINE)


def po_entries(language):
    text = (LOCALE / language / "LC_MESSAGES" / "django.po").read_text()
    # Join continued lines so that each entry reads as one msgid and msgstr.
    text = re.sub(r'"\n"', "", text)
    return {msgid: msgstr for msgid, msgstr in ENTRY.findall(text) if msgid}


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
    for msgid, msgstr in po_entries(language).items():
        unescaped = msgid.encode().decode("unicode_escape").encode("latin-1").decode()
        expected = msgstr.encode().decode("unicode_escape").encode("latin-1").decode()
        assert catalog.gettext(unescaped) == expected, "run manage.py compilemessages"


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
