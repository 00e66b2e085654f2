from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from embassy.admin import PublishableAdmin
from embassy.translated import translated_search_fields

from .models import Event


@admin.register(Event)
class EventAdmin(PublishableAdmin, TabbedTranslationAdmin):
    list_display = ("title", "starts_at", "all_day", "status", "publish_at")
    list_filter = ("status", "all_day", "category")
    search_fields = translated_search_fields(Event, "title", "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    date_hierarchy = "starts_at"
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "description", "category")}),
        (
            _("When"),
            {
                "fields": ("all_day", "starts_at", "ends_at"),
                "description": _(
                    "Times are the mission's. For an event all day, only the "
                    "days count; for one of several days, the end is its last day."
                ),
            },
        ),
        (_("Where"), {"fields": ("place_name", "place_address", "registration_url")}),
        (_("Picture"), {"fields": ("picture", "picture_alt")}),
        PublishableAdmin.publishing_fieldset,
    )
