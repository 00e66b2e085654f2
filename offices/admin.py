from django.contrib import admin
from django.contrib.admin.widgets import AdminTimeWidget
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationAdmin

from embassy.translated import translated_search_fields

from .models import Closure, Hours, Office


class HoursInline(admin.TabularInline):
    model = Hours
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
