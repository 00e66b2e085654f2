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

# How long an opened form counts as open.
OPEN_FOR = timedelta(minutes=10)


def _saved_at(item):
    return item.updated_at.isoformat()


class EditedForm(forms.ModelForm):
    """A change form that refuses to save over a later save."""

    based_on = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["based_on"].initial = _saved_at(self.instance)

    def clean(self):
        cleaned = super().clean()
        sent = self.data.get(self.add_prefix("based_on"), "")
        if self.instance.pk and sent and sent != _saved_at(self.instance):
            # The form shown again carries the new time: once merged, it saves.
            self.data = self.data.copy()
            self.data[self.add_prefix("based_on")] = _saved_at(self.instance)
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


def conflict_message(item, based_on, submitted):
    versions = Version.objects.get_for_object(item).select_related("revision__user")
    latest = versions.first()
    user = latest.revision.user if latest and latest.revision.user else None
    who = user.get_username() if user else _("Someone")
    when = formats.localize(timezone.localtime(item.updated_at))
    opened = parse_datetime(based_on)
    if opened:  # as revisions keep it, to the millisecond
        opened = opened.replace(microsecond=opened.microsecond // 1000 * 1000)
    base = next((v for v in versions if v.field_dict.get("updated_at") == opened), None)
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
            "of yours was saved, and all you typed is still below."
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
    recent = {
        user_id: (name, when)
        for user_id, (name, when) in (cache.get(key) or {}).items()
        if now - when < OPEN_FOR
    }
    others = sorted(
        (value for user_id, value in recent.items() if user_id != user.pk),
        key=lambda value: value[1],
    )
    recent[user.pk] = (user.get_username(), now)
    cache.set(key, recent, int(OPEN_FOR.total_seconds()))
    return others
