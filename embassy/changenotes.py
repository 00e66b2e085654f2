"""Change notes: an editor who changes a live text says whether visitors
should be told. A minor correction (a typo, a broken link) tells nobody; a
change visitors should know of gets a note, in each language, that the
page shows with its date ("Updated 5 May 2026: …") and that moves the date
the feeds give as the text's last change."""

from django import forms
from django.conf import settings
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .editing import EditedForm
from .models import ChangeNote
from .publishing import Status

MINOR, NOTED = "minor", "noted"
KIND_FIELD = "change_kind"


def note_field(code):
    return f"change_note_{code}"


NOTE_FIELDS = [note_field(code) for code, _name in settings.LANGUAGES]
FIELDS = [KIND_FIELD, *NOTE_FIELDS]


class NotedFormBase(EditedForm):
    # The note's texts by column, once the form is valid, if it has one.
    note = None

    change_kind = forms.ChoiceField(
        label=_("This change is"),
        choices=[
            (MINOR, _("a minor correction (a typo, a link): visitors are not told")),
            (NOTED, _("a change visitors should know of: the note below is shown")),
        ],
        widget=forms.RadioSelect,
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only a change to what visitors can see now is theirs to know of.
        self.noting = bool(self.instance.pk) and getattr(
            self.instance, "was_live", False
        )

    def clean(self):
        cleaned = super().clean()
        changed = set(self.changed_data) - {
            "based_on",
            "review_comment",
            "publish_urgently",
            *FIELDS,
        }
        if (
            not self.noting
            or cleaned.get("status", Status.PUBLISHED) != Status.PUBLISHED
            or not changed
        ):
            return cleaned
        kind = cleaned.get(KIND_FIELD)
        # A typo fixed in English leaves its translations as current as
        # they were (embassy.translated).
        self.instance.minor_correction = kind == MINOR
        english = note_field(settings.LANGUAGE_CODE)
        if not kind:
            self.add_error(
                KIND_FIELD,
                _(
                    "It is published: say whether this is a minor correction or "
                    "a change visitors should know of."
                ),
            )
        elif kind == NOTED and not cleaned.get(english):
            self.add_error(english, _("Write the note visitors will read."))
        elif kind == MINOR and any(cleaned.get(name) for name in NOTE_FIELDS):
            # A note typed is not dropped unseen.
            self.add_error(
                KIND_FIELD,
                _(
                    "You wrote a note: choose “a change visitors should know "
                    "of” to show it, or clear it."
                ),
            )
        self.note = (
            {
                f"note_{code}": cleaned.get(note_field(code), "")
                for code, _n in settings.LANGUAGES
            }
            if kind == NOTED
            else None
        )
        return cleaned


def _note_form_fields():
    return {
        note_field(code): forms.CharField(
            label=format_lazy("{} [{}]", _("Note"), code),
            help_text=_("e.g. “Added the Minister's remarks at the press conference.”")
            if code == settings.LANGUAGE_CODE
            else _("Optional: visitors reading this language see the English note."),
            max_length=500,
            required=False,
            widget=forms.Textarea(attrs={"rows": 2}),
        )
        for code, _name in settings.LANGUAGES
    }


# One note field per language of settings.LANGUAGES, declared on the class
# as the admin requires of the fields its fieldsets name.
NotedForm = type("NotedForm", (NotedFormBase,), _note_form_fields())


def fieldset():
    return (
        _("What visitors are told"),
        {
            "fields": FIELDS,
            "description": _(
                "It is published. Say whether visitors should know of this "
                "change: a note is shown on its page with today's date."
            ),
        },
    )


def record(item, note, author):
    """Keep the note (its texts by column) of a change just saved, dated as
    the item's last noted change."""
    ChangeNote.objects.create(item=item, noted_at=item.noted_at, author=author, **note)
