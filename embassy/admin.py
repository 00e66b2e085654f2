"""What every content model's admin shares (the publishing columns and
filters, and a record of who wrote the item), and the list of pictures
inserted in rich text."""

import re
from datetime import timedelta

from django import forms
from django.apps import apps
from django.contrib import admin, messages
from django.contrib.admin.utils import quote, unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import BadRequest, PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin
from reversion.models import Version

from . import changenotes, editing, freshness, review, revisions
from .models import ChangeNote, PreviewLink, TextImage
from .publishing import Noted, Status, Withdrawable

admin.site.site_header = _("Embassy administration")
admin.site.site_title = _("Embassy")
admin.site.index_title = _("Site content")


class PreviewLinkForm(forms.Form):
    valid_for = forms.TypedChoiceField(
        label=_("Valid for"),
        choices=[
            (3600, _("one hour")),
            (86400, _("one day")),
            (2 * 86400, _("two days")),
            (7 * 86400, _("seven days")),
        ],
        initial=2 * 86400,
        coerce=lambda seconds: timedelta(seconds=int(seconds)),
    )


class PublishableAdmin(VersionAdmin):
    """Every save keeps a revision (embassy.revisions): the history lists
    them, compares any two or one with the item as it is, and restores one
    through the form, as a new revision."""

    object_history_template = "admin/embassy/object_history.html"
    change_form_template = "admin/embassy/change_form.html"
    form = editing.EditedForm
    publishing_fieldset = (
        _("Publishing"),
        {
            "fields": (
                "status",
                "publish_at",
                "end_at",
                "written_by",
                "translations",
                "created_at",
                "updated_at",
                "based_on",
            )
        },
    )
    # For items with a page of their own (Withdrawable), after publishing.
    withdrawal_fieldset = (
        _("Withdrawal"),
        {
            "fields": ("withdrawal_reason", "redirect_to", "withdrawn_at"),
            "classes": ("collapse",),
            "description": _(
                "To withdraw a published item, choose the status “Withdrawn” "
                "and say why, or where visitors are sent: it leaves every list, "
                "search and feed, and its page shows the reason and the date."
            ),
        },
    )
    readonly_fields = (
        "written_by",
        "created_at",
        "updated_at",
        "translations",
        "review_history",
    )
    list_filter = ("status",)
    date_hierarchy = "publish_at"
    actions = ("publish", "submit_for_review", "unpublish")

    def __init__(self, model, admin_site):
        # Before VersionAdmin, which would keep the files and follow the
        # inlines (an album's photos, which a restore would then delete).
        revisions.register(model)
        super().__init__(model, admin_site)

    def get_list_display(self, request):
        return (*super().get_list_display(request), "translations")

    def get_list_filter(self, request):
        return (*super().get_list_filter(request), freshness.TranslationFilter)

    def get_actions(self, request, action_location=admin.ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location)
        if (
            action_location == admin.ActionLocation.CHANGE_LIST
            and actions
            and self.has_change_permission(request)
        ):
            actions.update(freshness.mark_current_actions())
        # Each offered only where it can succeed (review.refusal decides).
        if not review.required(self.model):
            actions.pop("submit_for_review", None)
        elif not review.is_reviewer(request.user):
            actions.pop("publish", None)
        return actions

    @admin.display(description=_("translations"))
    def translations(self, item):
        return freshness.translation_states(item)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        reserved = obj is not None and review.reserves(obj, request.user)
        if not (obj is not None and (obj.is_live or obj.is_withdrawn)) or reserved:
            # Only what visitors can see is withdrawn, and not by an author
            # while texts are reviewed.
            fieldsets = [
                fieldset
                for fieldset in fieldsets
                if fieldset != self.withdrawal_fieldset
            ]
        if issubclass(self.model, Noted) and obj is not None and obj.is_live:
            if not reserved:
                # First: a published text's editor says what visitors are told.
                fieldsets = [changenotes.fieldset(), *fieldsets]
        if review.required(self.model) or (
            obj is not None and obj.status == Status.SUBMITTED
        ):
            fieldsets = [*fieldsets, review.fieldset(request.user)]
        return fieldsets

    @admin.display(description=_("review"))
    def review_history(self, item):
        if item.pk is None:
            return "—"
        rows = format_html_join(
            "",
            "<li>{} · {} · {}{}</li>",
            (
                (
                    formats.localize(timezone.localtime(step.at)),
                    step.get_kind_display(),
                    step.user.get_username() if step.user else "—",
                    f": {step.comment}" if step.comment else "",
                )
                for step in review.steps(item)
            ),
        )
        return format_html("<ol>{}</ol>", rows) if rows else "—"

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if issubclass(self.model, Withdrawable):
            fields = (*fields, "withdrawn_at")
        return fields

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not issubclass(self.model, Withdrawable):
            # Without a page of its own there is nowhere to show a notice.
            kwargs["choices"] = [
                choice for choice in Status.choices if choice[0] != Status.WITHDRAWN
            ]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def get_object(self, request, object_id, from_field=None):
        item = super().get_object(request, object_id, from_field)
        if (
            item is not None
            and request.method == "POST"
            and transaction.get_connection().in_atomic_block
        ):
            # Held until the save commits: of two saves at once, the second
            # reads the first's time and is refused, not taken as current.
            item = type(item)._base_manager.select_for_update().get(pk=item.pk)
        before = getattr(request, "before_restore", None)
        if item is not None and before is not None:
            # A restore has written the old revision before the form reads
            # the item: its rules judge the item as it was before.
            item.stored_status = before["status"]
            item.was_live = before["was_live"]
            item.was_withdrawn = before["was_withdrawn"]
            item.stored_texts = before["texts"]
        return item

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        # The statuses and rules of review depend on who saves.
        form = type(form.__name__, (form,), {"user": request.user})
        saved_at = getattr(request, "saved_before_restore", None)
        if saved_at is not None:
            # A restore writes the old revision before the form is shown:
            # the form compares with the item as it was saved before that.
            form = type(
                form.__name__, (form,), {"saved_at": lambda self, item: saved_at}
            )
        return form

    def _check_version(self, request, version_id, object_id=None):
        """The version, if it is one of this admin's model (and item) that
        the user may change: reversion's own views check neither."""
        version = Version.objects.filter(
            pk=version_id, content_type=ContentType.objects.get_for_model(self.model)
        ).first()
        if version is None or (
            object_id is not None and version.object_id != str(object_id)
        ):
            raise Http404(_("There is no such revision."))
        item = self.model._base_manager.filter(pk=version.object_id).first()
        if not self.has_change_permission(request, item):
            raise PermissionDenied
        return item

    def revision_view(self, request, object_id, version_id, extra_context=None):
        item = self._check_version(request, version_id, unquote(object_id))
        if item is None:
            raise Http404(_("There is no such item."))
        request.saved_before_restore = editing.saved_at(item)
        request.before_restore = {
            "status": item.status,
            "was_live": item.is_live,
            "was_withdrawn": item.is_withdrawn,
            "texts": item.text_values(),
        }
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if self._check_version(request, version_id) is not None:
            raise Http404(_("This item was not deleted."))
        # Recovered, it is as new: a draft that visitors never saw.
        request.before_restore = {
            "status": Status.DRAFT,
            "was_live": False,
            "was_withdrawn": False,
            "texts": {},
        }
        return super().recover_view(request, version_id, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        item = None
        if request.method == "GET":
            item = self.get_object(request, unquote(object_id))
        if item is not None and review.reserves(item, request.user):
            self.message_user(request, _(review.RESERVED), messages.WARNING)
        if item is not None and self.has_view_or_change_permission(request, item):
            for name, since in editing.opened(item, request.user):
                self.message_user(
                    request,
                    _(
                        "%(name)s also opened this item, at %(time)s: if you both "
                        "save, the second to save is asked to bring the changes "
                        "together."
                    )
                    % {
                        "name": name,
                        "time": formats.time_format(timezone.localtime(since)),
                    },
                    messages.WARNING,
                )
        return super().change_view(request, object_id, form_url, extra_context)

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}"
        urls = [
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.compare_view),
                name=f"{name}_compare",
            )
        ]
        if hasattr(self.model, "get_absolute_url"):
            urls.append(
                path(
                    "<path:object_id>/preview-links/",
                    self.admin_site.admin_view(self.preview_links_view),
                    name=f"{name}_preview_links",
                )
            )
        return [*urls, *super().get_urls()]

    def render_change_form(self, request, context, *args, obj=None, **kwargs):
        context["has_preview_links"] = obj is not None and hasattr(
            obj, "get_absolute_url"
        )
        return super().render_change_form(request, context, *args, obj=obj, **kwargs)

    def preview_links_view(self, request, object_id):
        """An item's preview links: made here, for a time, and withdrawn."""
        item = self.get_object(request, unquote(object_id))
        if item is None:
            raise Http404(_("There is no such item."))
        if not self.has_change_permission(request, item):
            raise PermissionDenied
        links = PreviewLink.objects.filter(
            content_type=ContentType.objects.get_for_model(item), object_id=item.pk
        ).select_related("created_by")
        form = PreviewLinkForm(request.POST or None)
        if request.method == "POST":
            if "withdraw" in request.POST:
                chosen = request.POST["withdraw"]
                if not re.fullmatch(r"[0-9]{1,18}", chosen):
                    raise BadRequest(_("Choose a link to withdraw."))
                links.filter(pk=chosen).update(revoked=True)
                self.message_user(request, _("The link no longer works."))
                return redirect(request.path)
            if form.is_valid():
                link = PreviewLink.objects.create(
                    item=item,
                    valid_until=timezone.now() + form.cleaned_data["valid_for"],
                    created_by=request.user,
                )
                self.message_user(
                    request,
                    _(
                        "A preview link, valid until %(time)s: %(url)s. Copy it "
                        "now: it is not shown again."
                    )
                    % {
                        "time": formats.localize(timezone.localtime(link.valid_until)),
                        "url": request.build_absolute_uri(link.path()),
                    },
                    messages.SUCCESS,
                )
                return redirect(request.path)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "object": item,
            "title": _("Preview links of %(name)s") % {"name": item},
            "links": links.order_by("-created_at"),
            "form": form,
            "now": timezone.now(),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/embassy/preview_links.html", context)

    def history_view(self, request, object_id, extra_context=None):
        item = self.get_object(request, unquote(object_id))
        versions = []
        if item is not None and self.has_view_or_change_permission(request, item):
            name = (
                f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}"
            )
            versions = [
                (
                    version,
                    reverse(f"{name}_revision", args=(quote(item.pk), version.pk)),
                )
                for version in Version.objects.get_for_object(item).select_related(
                    "revision__user"
                )
            ]
        return super().history_view(
            request, object_id, {"versions": versions, **(extra_context or {})}
        )

    def compare_view(self, request, object_id):
        """Two revisions side by side (?old=<id>&new=<id>), or one and the
        item as it is now (new=current), with the differences marked."""
        item = self.get_object(request, unquote(object_id))
        if item is None:
            raise Http404(_("There is no such item."))
        if not self.has_view_or_change_permission(request, item):
            raise PermissionDenied
        history = Version.objects.get_for_object(item).select_related("revision__user")

        def chosen(name):
            value = request.GET.get(name, "")
            if value == "current":
                return None, revisions.field_values(item)
            if not re.fullmatch(r"[0-9]{1,18}", value):
                raise BadRequest(_("Choose two revisions to compare."))
            version = history.filter(pk=value).first()
            return version and (version, version.field_dict)

        old, new = chosen("old"), chosen("new")
        if None in (old, new):
            # As the admin answers for an item that does not exist.
            self.message_user(
                request, _("That revision does not exist."), messages.WARNING
            )
            return redirect(
                f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}_history",
                quote(item.pk),
            )
        (old, old_values), (new, new_values) = old, new
        if old is not None and new is not None and old.pk > new.pk:
            (old, old_values), (new, new_values) = (new, new_values), (old, old_values)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "object": item,
            "title": _("Compare revisions of %(name)s") % {"name": item},
            "old": old,
            "new": new,
            "rows": revisions.differences(type(item), old_values, new_values),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/embassy/compare.html", context)

    @admin.display(description=_("author"))
    def written_by(self, item):
        # The name only: a link would lead most roles to a page they may not see.
        return item.author.get_username() if item.author else "—"

    def save_model(self, request, obj, form, change):
        if not change and obj.author_id is None:
            obj.author = request.user
        note = getattr(form, "note", None)
        if note:
            obj.noted_at = timezone.now()
        super().save_model(request, obj, form, change)
        if note:
            changenotes.record(obj, note, request.user)
        if form.review_step:
            review.record(
                obj,
                form.review_step,
                request.user,
                form.cleaned_data.get("review_comment", ""),
                link=self.admin_link(request, obj),
            )
            self.message_user(request, review.told(form.review_step))

    def admin_link(self, request, item):
        opts = item._meta
        return request.build_absolute_uri(
            reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_change",
                args=[quote(item.pk)],
            )
        )

    @admin.action(description=_("Publish the selected items"), permissions=["change"])
    def publish(self, request, queryset):
        count = self.change_status(request, queryset, Status.PUBLISHED)
        self.message_user(
            request,
            ngettext("%(count)d item published.", "%(count)d items published.", count)
            % {"count": count},
        )

    @admin.action(
        description=_("Submit the selected items for review"), permissions=["change"]
    )
    def submit_for_review(self, request, queryset):
        count = self.change_status(request, queryset, Status.SUBMITTED)
        self.message_user(
            request,
            ngettext(
                "%(count)d item submitted for review.",
                "%(count)d items submitted for review.",
                count,
            )
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
            reason, step = review.refusal(item, status, request.user)
            if step == review.Kind.RETURNED:
                reason = _("Send it back from its form, with a comment.")
            if reason:
                self.message_user(request, f"{item}: {reason}", messages.ERROR)
                continue
            item.status = status
            try:
                item.clean()
            except ValidationError as error:
                self.message_user(
                    request, f"{item}: {' '.join(error.messages)}", messages.ERROR
                )
                continue
            item.save()
            if step:
                review.record(
                    item, step, request.user, link=self.admin_link(request, item)
                )
            count += 1
        return count


@admin.register(ChangeNote)
class ChangeNoteAdmin(TabbedTranslationAdmin):
    """The notes of changes visitors were told of, made by the changed
    item's form: here their texts are corrected, or a note removed, by
    whoever may change the item."""

    list_display = ("note", "item", "noted_at", "author")
    list_select_related = ("author",)
    fields = ("item", "noted_at", "note")
    readonly_fields = ("item", "noted_at")
    date_hierarchy = "noted_at"
    actions = None

    def _changeable_types(self, request):
        """The content types of the noted items the user may change."""
        return [
            ContentType.objects.get_for_model(model).pk
            for model in apps.get_models()
            if issubclass(model, Noted)
            and request.user.has_perm(
                f"{model._meta.app_label}.change_{model._meta.model_name}"
            )
        ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .filter(content_type__in=self._changeable_types(request))
        )

    def _may(self, request, note):
        if note is None:
            return bool(self._changeable_types(request))
        opts = note.content_type
        return request.user.has_perm(f"{opts.app_label}.change_{opts.model}")

    def has_module_permission(self, request):
        return self._may(request, None)

    def has_view_permission(self, request, obj=None):
        return self._may(request, obj)

    def _may_change(self, request, note):
        # A note of a published text is published text too (embassy.review).
        shown = note is not None and note.item is not None
        return self._may(request, note) and not (
            shown and review.reserves(note.item, request.user)
        )

    def has_change_permission(self, request, obj=None):
        return self._may_change(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._may_change(request, obj)

    def has_add_permission(self, request):
        return False  # made by the form of the item changed

    def delete_model(self, request, obj):
        item = obj.item
        super().delete_model(request, obj)
        if item is not None:
            # Its last noted change is now the one before, if any.
            latest = item.change_notes.order_by("-noted_at").first()
            type(item)._base_manager.filter(pk=item.pk).update(
                noted_at=latest.noted_at if latest else None
            )


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
