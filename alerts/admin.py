from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from embassy.admin import PublishableAdmin
from embassy.translated import translated_search_fields

from .models import Alert


@admin.register(Alert)
class AlertAdmin(PublishableAdmin, TranslationAdmin):
    """A short form, every language side by side rather than in tabs: an
    alert goes live only once all of them are written."""

    list_display = ("title", "kind", "status", "publish_at", "end_at")
    list_filter = ("status", "kind")
    search_fields = translated_search_fields(Alert, "title", "text")
    fieldsets = (
        (
            None,
            {
                "fields": ("kind", "title", "text", "link"),
                "description": _(
                    "Shown at the top of every page of the site while it is "
                    "live. It can be published once its title and text are "
                    "written in every language."
                ),
            },
        ),
        (_("Publishing"), {"fields": ("status", "publish_at", "end_at", "based_on")}),
        (_("Crisis layout"), {"fields": ("category",), "classes": ("collapse",)}),
    )
