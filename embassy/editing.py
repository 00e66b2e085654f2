"""No lost edits: two people editing one item at once.

Nobody is locked out (a lock left by a closed laptop strands the others).
Instead, a change form carries the time the item was last saved when the
form was opened; a save from a form opened before the last save is refused,
with what the other person changed, and with everything the editor typed
kept in the form: they merge and save again. And the form says, as it
opens, who else has opened the item in the last few minutes.
"""

from datetime import timedelta

from django import forms
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from reversion.models import Version

from . import revisions
from .cache import CACHE_ERRORS
from .review import ReviewedForm

# How long an opened form counts as open.
OPEN_FOR = timedelta(minutes=10)


def saved_at(item):
    """When the item was last saved, as a form carries it."""
    return item.updated_at.isoformat()


class EditedForm(ReviewedForm):
    """A change form that refuses to save over a later save (and keeps the
    rules of review, embassy.review)."""

    based_on = forms.CharField(widget=forms.HiddenInput, required=False)

    def saved_at(self, item):
        return saved_at(item)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["based_on"].initial = self.saved_at(self.instance)

    def clean(self):
        cleaned = super().clean()
        sent = self.data.get(self.add_prefix("based_on"), "")
        if self.instance.pk and sent and sent != self.saved_at(self.instance):
            # The form shown again carries the new time: once merged, it saves.
            self.data = self.data.copy()
            self.data[self.add_prefix("based_on")] = self.saved_at(self.instance)
            raise ValidationError(
                conflict_message(self.instance, sent, self.submitted(cleaned))
            )
        return cleaned

    def submitted(self, cleaned):
        """The item as this form would save it, in a revision's terms."""
        values = revisions.field_values(self.instance)
        for field, _label in revisions.compared_fields(type(self.instance)):
            if field.name in cleaned:
                value = cleaned[field.name]
                values[field.attname] = getattr(value, "pk", value)
        return values


def _to_the_millisecond(moment):
    # As revisions keep times (Django's JSON).
    return moment and moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def _parsed(moment):
    try:
        return parse_datetime(moment)
    except ValueError:  # shaped like a time, but none (a crafted form)
        return None


def conflict_message(item, based_on, submitted):
    opened = _to_the_millisecond(_parsed(based_on))
    saved = _to_the_millisecond(item.updated_at)
    who, base = _("Someone"), None
    # Newest first, down to the revision the form was opened on.
    versions = Version.objects.get_for_object(item).select_related("revision__user")
    for number, version in enumerate(versions[:50]):
        kept = version.field_dict.get("updated_at")
        if number == 0 and kept == saved and version.revision.user:
            who = version.revision.user.get_username()
        if kept == opened:
            base = version
        if kept is None or opened is None or kept <= opened:
            break
    when = formats.localize(timezone.localtime(item.updated_at))
    current = revisions.field_values(item)
    if base:
        heading = _("What %(who)s changed:") % {"who": who}
        rows = revisions.differences(type(item), base.field_dict, current)
    else:
        # Saved before revisions were kept (or outside the admin): what
        # the other person changed is not known, where the two differ is.
        heading = _("Where the saved item differs from your form (yours → saved):")
        rows = revisions.differences(type(item), submitted, current)
    changes = format_html_join("", "<li>{}: {} → {}</li>", rows)
    return format_html(
        "{}{}{}",
        _(
            "%(who)s saved this item at %(when)s, after you opened it. Nothing "
            "of yours was saved, and all you typed is still below (files chosen "
            "to upload must be chosen again)."
        )
        % {"who": who, "when": when},
        format_html(" {}<ul>{}</ul>", heading, changes) if rows else "",
        " " + _("Bring their changes and yours together, then save again."),
    )


def _open_key(item):
    return f"editing:{item._meta.label_lower}:{item.pk}"


def opened(item, user):
    """Record that ``user`` has opened ``item``'s form; the others who
    opened it within OPEN_FOR, as (name, when), earliest first."""
    key = _open_key(item)
    now = timezone.now()
    try:
        found = cache.get(key) or {}
    except CACHE_ERRORS:
        return []  # a warning missed, not a form refused
    recent = {
        user_id: (name, when)
        for user_id, (name, when) in found.items()
        if now - when < OPEN_FOR
    }
    others = sorted(
        (value for user_id, value in recent.items() if user_id != user.pk),
        key=lambda value: value[1],
    )
    recent[user.pk] = (user.get_username(), now)
    try:
        cache.set(key, recent, int(OPEN_FOR.total_seconds()))
    except CACHE_ERRORS:
        pass
    return others
