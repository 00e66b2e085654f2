"""Which of an item's texts the visitor's language really has.

django-modeltranslation gives each translated field a column per language
and falls back to English when the visitor's column is empty. Pages need to
know when that happened: to mark each English text ``lang="en"``, to say
once that the item is not fully translated, and to name only real
translations in hreflang alternates.
"""

from django.conf import settings
from django.utils.translation import get_language
from modeltranslation.translator import translator


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
        return frozenset(
            name
            for name in fields
            if getattr(self, f"{name}_{settings.LANGUAGE_CODE}", None)
            and not getattr(self, f"{name}_{language}", None)
        )
