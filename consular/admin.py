import datetime

from django.conf import settings
from django.contrib import admin, messages
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from embassy.admin import PublishableAdmin
from embassy.translated import translated_search_fields

from .models import Fee, Guide, GuideForm, RequiredDocument


class RequiredDocumentInline(TranslationTabularInline):
    model = RequiredDocument
    extra = 0
    fields = ("text", "order")


class FeeInline(TranslationTabularInline):
    model = Fee
    extra = 0
    fields = ("amount", "currency", "note", "order")


class GuideFormInline(TranslationTabularInline):
    model = GuideForm
    extra = 0
    fields = ("title", "file", "order")


class ReviewFilter(admin.SimpleListFilter):
    title = _("review")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("overdue", _("Review overdue")), ("current", _("Reviewed recently"))]

    def queryset(self, request, queryset):
        overdue = Q(reviewed_on__lt=overdue_before())
        if self.value() == "overdue":
            return queryset.filter(overdue)
        if self.value() == "current":
            return queryset.exclude(overdue)
        return queryset


def overdue_before():
    # The same rule as Guide.review_overdue, as a date to compare with.
    return timezone.localdate() - datetime.timedelta(days=settings.GUIDE_REVIEW_DAYS)


@admin.register(Guide)
class GuideAdmin(PublishableAdmin, TabbedTranslationAdmin):
    list_display = ("title", "kind", "status", "reviewed_on", "review")
    list_filter = ("kind", "status", ReviewFilter)
    search_fields = translated_search_fields(Guide, "title", "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    inlines = [RequiredDocumentInline, FeeInline, GuideFormInline]
    fieldsets = (
        (None, {"fields": ("kind", "title", "slug", "audience", "order")}),
        (
            _("How to apply"),
            {
                "fields": (
                    ("in_person", "by_post", "online"),
                    "how_to_apply",
                    "booking_url",
                    ("processing_time", "processing_unit"),
                )
            },
        ),
        (_("Review"), {"fields": ("reviewed_on",)}),
        PublishableAdmin.publishing_fieldset,
    )

    @admin.display(description=_("review"))
    def review(self, guide):
        # Words, not a tick: a green tick for "overdue" would read as "fine".
        return _("Overdue") if guide.review_overdue else ""

    def change_view(self, request, object_id, form_url="", extra_context=None):
        guide = self.get_object(request, object_id)
        if request.method == "GET" and guide is not None and guide.review_overdue:
            messages.warning(
                request,
                gettext(
                    "This guide was last reviewed on %(date)s: check that it is "
                    "still right, then set “last reviewed” to today."
                )
                % {"date": date_format(guide.reviewed_on, "DATE_FORMAT")},
            )
        return super().change_view(request, object_id, form_url, extra_context)
