"""What every content model's admin shares (the publishing columns and
filters, and a record of who wrote the item), and the list of pictures
inserted in rich text."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import TextImage
from .publishing import Status

admin.site.site_header = _("Embassy administration")
admin.site.site_title = _("Embassy")
admin.site.index_title = _("Site content")


class PublishableAdmin(admin.ModelAdmin):
    publishing_fieldset = (
        _("Publishing"),
        {
            "fields": (
                "status",
                "publish_at",
                "end_at",
                "written_by",
                "created_at",
                "updated_at",
            )
        },
    )
    readonly_fields = ("written_by", "created_at", "updated_at")
    list_filter = ("status",)
    date_hierarchy = "publish_at"
    actions = ("publish", "unpublish")

    @admin.display(description=_("author"))
    def written_by(self, item):
        # The name only: a link would lead most roles to a page they may not see.
        return item.author.get_username() if item.author else "—"

    def save_model(self, request, obj, form, change):
        if not change and obj.author_id is None:
            obj.author = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Publish the selected items"), permissions=["change"])
    def publish(self, request, queryset):
        count = self.change_status(request, queryset, Status.PUBLISHED)
        self.message_user(
            request,
            ngettext("%(count)d item published.", "%(count)d items published.", count)
            % {"count": count},
        )

    @admin.action(
        description=_("Return the selected items to draft"), permissions=["change"]
    )
    def unpublish(self, request, queryset):
        count = self.change_status(request, queryset, Status.DRAFT)
        self.message_user(
            request,
            ngettext(
                "%(count)d item returned to draft.",
                "%(count)d items returned to draft.",
                count,
            )
            % {"count": count},
        )

    def change_status(self, request, queryset, status):
        """Give each item the status one by one, through its own checks (the
        carousel's limit of eight, for one) and its save(), as its form
        would: its update time and signals follow. Returns how many were
        changed; each refusal is reported with the item's name."""
        now = timezone.now()
        count = 0
        for item in queryset:
            # A draft written days ago goes live now, at the top of the news,
            # not at the time it was first saved; a scheduled time is kept.
            if (
                status == Status.PUBLISHED
                and item.status == Status.DRAFT
                and item.publish_at < now
            ):
                item.publish_at = now
            item.status = status
            try:
                item.clean()
            except ValidationError as error:
                self.message_user(
                    request, f"{item}: {' '.join(error.messages)}", messages.ERROR
                )
                continue
            item.save()
            count += 1
        return count


@admin.register(TextImage)
class TextImageAdmin(admin.ModelAdmin):
    """The pictures editors inserted in rich text, with where each is
    shown. Pictures come in through the editor and leave through the sweep
    (or a deletion here): nothing to add or change."""

    list_display = ("preview", "uploaded_by", "uploaded_at")
    list_select_related = ("uploaded_by",)
    date_hierarchy = "uploaded_at"
    fields = ("preview", "uploaded_by", "uploaded_at", "shown_in")
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    # One at a time, and only a picture that no text shows: deleting one in
    # use would break the texts that show it.
    actions = None

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.uses():
            return False
        return super().has_delete_permission(request, obj)

    @admin.display(description=_("picture"))
    def preview(self, text_image):
        return format_html(
            '<img src="{}" alt="" height="80" loading="lazy">', text_image.text_url
        )

    @admin.display(description=_("shown in"))
    def shown_in(self, text_image):
        uses = text_image.uses()
        if not uses:
            return _("No text shows it: it is deleted soon.")
        return format_html_join(
            mark_safe("<br>"),  # nosec B308
            "{} · {}",
            ((item._meta.verbose_name, item) for item in uses),
        )
