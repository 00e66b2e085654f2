import itertools

from django.contrib import admin
from django.contrib.admin.widgets import AdminTimeWidget
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationAdmin

from embassy.translated import translated_search_fields

from .models import Closure, Hours, Office


class HoursFormSet(BaseInlineFormSet):
    """Refuses two ranges of one kind that overlap on the same day: an
    editor who typed 9:00–13:00 and 12:00–14:00 meant something else."""

    def clean(self):
        super().clean()
        ranges = {}
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or not data.get("opens"):
                continue
            if not data.get("closes") or data.get("weekday") is None:
                continue
            key = (data["kind"], data["weekday"])
            ranges.setdefault(key, []).append((data["opens"], data["closes"]))
        for (_kind, weekday), spans in ranges.items():
            spans.sort()
            for (opens, closes), (next_opens, next_closes) in itertools.pairwise(spans):
                if next_opens < closes:
                    raise ValidationError(
                        _("%(day)s: %(first)s and %(second)s overlap.")
                        % {
                            "day": Hours.Weekday(weekday).label,
                            "first": f"{opens:%H:%M}–{closes:%H:%M}",
                            "second": f"{next_opens:%H:%M}–{next_closes:%H:%M}",
                        }
                    )


class HoursInline(admin.TabularInline):
    model = Hours
    formset = HoursFormSet
    extra = 0
    fields = ("kind", "weekday", "opens", "closes")
    verbose_name_plural = _(
        "Weekly hours: one line per range (a day with a lunch break has two; "
        "a day without a line is closed)"
    )
    # Hours and minutes: an office opens at 9:00, not 9:00:00.
    formfield_overrides = {
        models.TimeField: {"widget": AdminTimeWidget(format="%H:%M")},
    }


@admin.register(Office)
class OfficeAdmin(TabbedTranslationAdmin):
    list_display = ("name", "phones", "email", "order")
    list_editable = ("order",)
    search_fields = translated_search_fields(Office, "name", "address")
    inlines = [HoursInline]
    fieldsets = (
        (None, {"fields": ("name", "address", "note", "order")}),
        (_("Contacts"), {"fields": ("phones", "email", "emergency_phone")}),
        (
            _("Map"),
            {
                "fields": ("latitude", "longitude"),
                "description": _(
                    "Visitors get a link to the place on OpenStreetMap; no map "
                    "is embedded in the page."
                ),
            },
        ),
    )


@admin.register(Closure)
class ClosureAdmin(TranslationAdmin):
    """Every language side by side: the reason is shown on every page of
    the site on the day, in the visitor's language."""

    list_display = ("reason", "closed", "first_day", "last_day")
    list_filter = ("office",)
    date_hierarchy = "first_day"
    ordering = ("-first_day",)
    search_fields = translated_search_fields(Closure, "reason")
    fields = ("reason", "first_day", "last_day", "office")

    @admin.display(description=_("office"), ordering="office")
    def closed(self, closure):
        return closure.office or _("All offices")
