"""Which languages a translated item really has.

django-modeltranslation gives each translated field a column per language
and falls back to English when the visitor's column is empty. Pages need to
know when that happened: to mark the English text ``lang="en"``, to say once
that it is not yet translated, and to name only real translations in
hreflang alternates.
"""

from django.conf import settings
from django.utils.translation import get_language


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
    def in_current_language(self):
        return get_language() in self.available_languages
