"""Which of an item's texts the visitor's language really has.

django-modeltranslation gives each translated field a column per language
and falls back to English when the visitor's column is empty. Pages need to
know when that happened: to mark each English text ``lang="en"``, to say
once that the item is not fully translated, and to name only real
translations in hreflang alternates.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _
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


class State(models.TextChoices):
    """Where a translation stands against the default language's text."""

    CURRENT = "current", _("current")
    OUTDATED = "outdated", _("out of date")
    MISSING = "missing", _("missing")


def translated_languages():
    """The codes of the languages translated from the default one."""
    return [
        code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
    ]


def edited_column(code):
    return f"edited_{code}"


class TranslationDates(models.Model):
    """When each language's texts of the item last changed
    (``edited_<code>``, one column per language of settings.LANGUAGES),
    dated by every save that changes them. A translation last changed
    before the default language's text is out of date, until an editor
    changes it or marks it current after checking it."""

    # Texts that are not a translation of the default language's.
    undated_fields = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # A save of named columns (a cover, a path) changes no text.
        if kwargs.get("update_fields") is None:
            self._date_changed_languages()
        super().save(*args, **kwargs)

    def _dated_columns(self):
        """{language: the columns of its dated texts}."""
        try:
            names = translator.get_options_for_model(type(self)).all_fields
        except NotRegistered:
            return {}
        names = [name for name in names if name not in self.undated_fields]
        return {
            code: [f"{name}_{code}" for name in names]
            for code, _name in settings.LANGUAGES
        }

    def text_values(self):
        """The dated texts as they are in memory, by column."""
        return {
            column: getattr(self, column)
            for group in self._dated_columns().values()
            for column in group
        }

    def _date_changed_languages(self):
        columns = self._dated_columns()
        # As the item was before a restore wrote an old revision (the admin
        # sets it), or as stored.
        stored = getattr(self, "stored_texts", None)
        if stored is None and not self._state.adding:
            stored = (
                type(self)
                ._base_manager.filter(pk=self.pk)
                .values(*(column for group in columns.values() for column in group))
                .first()
            )
        if stored == {}:
            stored = None
        now = timezone.now()
        for code, group in columns.items():
            if code == settings.LANGUAGE_CODE and getattr(
                self, "minor_correction", False
            ):
                continue
            values = {column: getattr(self, column) or "" for column in group}
            if stored is None:
                changed = any(values.values())
            else:
                changed = any(
                    (stored[column] or "") != value for column, value in values.items()
                )
            if changed:
                setattr(self, edited_column(code), now)

    def translation_state(self, code):
        if not getattr(self, f"{self.translated_field}_{code}", None):
            return State.MISSING
        source = getattr(self, edited_column(settings.LANGUAGE_CODE))
        edited = getattr(self, edited_column(code))
        if (
            code != settings.LANGUAGE_CODE
            and source
            and (not edited or edited < source)
        ):
            return State.OUTDATED
        return State.CURRENT

    @property
    def translation_is_outdated(self):
        """Whether the visitor reads a translation older than its source."""
        return self.translation_state(get_language()) == State.OUTDATED

    @property
    def source_edited_at(self):
        return getattr(self, edited_column(settings.LANGUAGE_CODE))

    @property
    def default_language_url(self):
        """The item's address in the default language."""
        with override(settings.LANGUAGE_CODE):
            return self.get_absolute_url()

    @classmethod
    def in_state(cls, code, state):
        """The condition of ``state`` for the language ``code``, for a query:
        as ``translation_state``, with a translation never dated (NULL)
        out of date."""
        text = f"{cls.translated_field}_{code}"
        missing = Q(**{text: ""}) | Q(**{f"{text}__isnull": True})
        if state == State.MISSING:
            return missing
        source, edited = edited_column(settings.LANGUAGE_CODE), edited_column(code)
        if code == settings.LANGUAGE_CODE:
            outdated = Q(pk__in=[])
        else:
            outdated = Q(**{f"{source}__isnull": False}) & (
                Q(**{f"{edited}__isnull": True}) | Q(**{f"{edited}__lt": F(source)})
            )
        if state == State.OUTDATED:
            return ~missing & outdated
        current = Q(**{f"{source}__isnull": True}) | Q(**{f"{edited}__gte": F(source)})
        return ~missing & (current if code != settings.LANGUAGE_CODE else Q())


for _code, _name in settings.LANGUAGES:
    TranslationDates.add_to_class(
        edited_column(_code),
        models.DateTimeField(null=True, blank=True, editable=False),
    )
