"""Which of an item's texts the visitor's language really has.

django-modeltranslation gives each translated field a column per language
and falls back to English when the visitor's column is empty. Pages need to
know when that happened: to mark each English text ``lang="en"``, to say
once that the item is not fully translated, and to name only real
translations in hreflang alternates.
"""

from django.conf import settings
from django.utils.translation import get_language
from modeltranslation import translator as modeltranslation
from modeltranslation.translator import NotRegistered, translator


class TranslationOptions(modeltranslation.TranslationOptions):
    """The default language is required: it is every other's fallback. A
    model whose texts are all optional says so with an empty
    ``required_languages``."""

    required_languages = (settings.LANGUAGE_CODE,)


def translated_search_fields(model, *names):
    """``names`` for an admin's ``search_fields``, each translated field (of
    ``model``, or across a relation: ``relation__field``) as every
    language's column, so that editors find an item by its text in any
    language and a new language in settings.LANGUAGES needs no change here."""
    fields = []
    for name in names:
        *path, last = name.split("__")
        target = model
        for part in path:
            target = target._meta.get_field(part).related_model
        try:
            translated = last in translator.get_options_for_model(target).all_fields
        except NotRegistered:
            translated = False
        if translated:
            fields.extend(f"{name}_{code}" for code, _name in settings.LANGUAGES)
        else:
            fields.append(name)
    return tuple(fields)


def translated_columns(name):
    """The columns of a translated field: its own and each language's."""
    return [name, *(f"{name}_{code}" for code, _name in settings.LANGUAGES)]


class TranslatedMixin:
    # The field whose text decides whether a language exists for the item.
    translated_field = None

    @property
    def available_languages(self):
        return [
            code
            for code, _name in settings.LANGUAGES
            if getattr(self, f"{self.translated_field}_{code}", None)
        ]

    @property
    def untranslated_fields(self):
        """The fields shown in English because the visitor's language has
        no text for them."""
        language = get_language()
        if language == settings.LANGUAGE_CODE:
            return frozenset()
        fields = translator.get_options_for_model(type(self)).all_fields
        unshown = getattr(self, "unshown_fields", frozenset())
        # A list leaves out the columns it does not show (the bodies):
        # reading them would cost a query per item, for nothing shown.
        deferred = self.get_deferred_fields()
        return frozenset(
            name
            for name in fields
            if name not in unshown
            and f"{name}_{language}" not in deferred
            and getattr(self, f"{name}_{settings.LANGUAGE_CODE}", None)
            and not getattr(self, f"{name}_{language}", None)
        )
