from django import forms
from django.contrib import admin, messages
from django.db.models import Count
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from embassy import review
from embassy.admin import PublishableAdmin
from embassy.editing import EditedForm
from embassy.translated import translated_search_fields

from .models import Album, Photo
from .uploads import check_batch, store_batch


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented recipe)."""

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        # An empty file is the image pipeline's to refuse, by name.
        super().__init__(allow_empty_file=True, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [
            super(MultipleFileField, self).clean(file, initial)
            for file in files
            if file
        ]


class AlbumForm(EditedForm):
    photos_upload = MultipleFileField(
        label=_("Add photos"),
        required=False,
        widget=MultipleFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        help_text=_(
            "Choose as many JPEG, PNG or WebP photos as you like, at most 15 MB "
            "each. Location and camera data are removed."
        ),
    )
    archive_upload = MultipleFileField(
        label=_("Add a ZIP archive of photos"),
        required=False,
        widget=MultipleFileInput(attrs={"accept": ".zip,application/zip"}),
        help_text=_("A bad file in it is named, and the good ones are kept."),
    )

    class Meta:
        model = Album
        fields = ("title", "slug", "date", "description", "cover")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "cover" in self.fields:
            self.fields["cover"].queryset = Photo.objects.ready().filter(
                album=self.instance.pk
            )

    # Who uploads, for their hourly limit (set by AlbumAdmin.get_form).
    uploader = None

    def clean(self):
        cleaned_data = super().clean()
        self.accepted_photos, self.refused_photos = check_batch(
            cleaned_data.get("photos_upload") or [],
            cleaned_data.get("archive_upload") or [],
            uploader=self.uploader,
        )
        return cleaned_data


class PhotoInline(TranslationTabularInline):
    model = Photo
    extra = 0
    fields = ("preview", "state_note", "caption", "alt", "credit", "taken_on", "order")
    readonly_fields = ("preview", "state_note")
    ordering = ("order", "pk")

    def has_add_permission(self, request, obj=None):
        return False  # Photos come in through the upload fields above.

    @admin.display(description=_("photo"))
    def preview(self, photo):
        return photo_preview(photo)

    @admin.display(description=_("state"))
    def state_note(self, photo):
        if photo.state == Photo.State.FAILED:
            return f"{photo.get_state_display()}: {photo.error}"
        return photo.get_state_display()


def photo_preview(photo):
    if photo.state != Photo.State.READY:
        return photo.original_name
    # The thumbnail, shown at most 120 pixels wide or high.
    thumb = photo.thumb
    scale = 120 / max(thumb.size)
    return format_html(
        '<img src="{}" alt="" width="{}" height="{}" loading="lazy">',
        thumb.url,
        round(thumb.width * scale),
        round(thumb.height * scale),
    )


@admin.register(Album)
class AlbumAdmin(PublishableAdmin, TabbedTranslationAdmin):
    form = AlbumForm
    inlines = [PhotoInline]
    list_display = (
        "cover_preview",
        "title",
        "date",
        "photo_count",
        "status",
        "publish_at",
    )
    list_display_links = ("cover_preview", "title")
    list_filter = ("status",)
    search_fields = translated_search_fields(Album, "title", "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    date_hierarchy = "date"
    fieldsets = (
        (None, {"fields": ("title", "slug", "date", "description", "cover")}),
        (
            _("Add photos"),
            {"fields": ("processing", "photos_upload", "archive_upload")},
        ),
        PublishableAdmin.publishing_fieldset,
        PublishableAdmin.withdrawal_fieldset,
    )
    readonly_fields = (*PublishableAdmin.readonly_fields, "processing")

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.uploader = request.user
        return form

    def get_queryset(self, request):
        return super().get_queryset(request).for_listing()

    @admin.display(description=_("cover"))
    def cover_preview(self, album):
        return photo_preview(album.cover) if album.cover else "—"

    @admin.display(description=_("photos"), ordering="photo_count")
    def photo_count(self, album):
        return album.photo_count

    @admin.display(description=_("processing"))
    def processing(self, album):
        """How far the worker has come with the album's photos: reload the
        page to follow it."""
        if album.pk is None:
            return "—"
        counts = dict(
            album.photos.values_list("state").annotate(count=Count("pk")).order_by()
        )
        waiting = counts.get(Photo.State.PROCESSING, 0)
        failed = counts.get(Photo.State.FAILED, 0)
        total = sum(counts.values())
        if waiting:
            done = total - waiting
            text = ngettext(
                "%(done)d of %(total)d photo processed; reload the page to follow.",
                "%(done)d of %(total)d photos processed; reload the page to follow.",
                total,
            ) % {"done": done, "total": total}
            return format_html(
                '<progress value="{}" max="{}" aria-hidden="true"></progress> {}',
                done,
                total,
                text,
            )
        if failed:
            return ngettext(
                "%(failed)d photo could not be processed: see below.",
                "%(failed)d photos could not be processed: see below.",
                failed,
            ) % {"failed": failed}
        if total:
            return ngettext(
                "All %(total)d photo processed.",
                "All %(total)d photos processed.",
                total,
            ) % {"total": total}
        return "—"

    def save_formset(self, request, form, formset, change):
        if formset.model is not Photo:
            return super().save_formset(request, form, formset, change)
        # Only what the editor changed: the worker may have just finished
        # a photo that this page still shows as being processed.
        formset.save(commit=False)
        for photo_form in formset.forms:
            if photo_form.instance.pk and photo_form.has_changed():
                if photo_form in formset.deleted_forms:
                    continue
                photo_form.instance.save(update_fields=photo_form.changed_data)
        for photo in formset.deleted_objects:
            photo.delete()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        stored = store_batch(form.instance, form.accepted_photos)
        if stored:
            messages.info(
                request,
                ngettext(
                    "%(count)d photo is being processed; it appears on the site "
                    "when it is ready.",
                    "%(count)d photos are being processed; they appear on the "
                    "site when they are ready.",
                    len(stored),
                )
                % {"count": len(stored)},
            )
        for refusal in form.refused_photos:
            messages.warning(request, refusal)


@admin.register(Photo)
class PhotoAdmin(TabbedTranslationAdmin):
    list_display = ("preview", "__str__", "album", "state", "taken_on", "order")
    list_filter = ("state", "album")
    list_select_related = ("album",)
    search_fields = translated_search_fields(
        Photo, "caption", "original_name", "album__title"
    )
    fields = ("album", "preview", "caption", "alt", "credit", "taken_on", "order")
    # A photo stays in its album: moving it could carry a cover into a draft.
    readonly_fields = ("album", "preview")

    def has_add_permission(self, request):
        return False  # Photos come in through their album's upload fields.

    def has_change_permission(self, request, obj=None):
        # A caption of a published album is published text too.
        if obj is not None and review.reserves(obj.album, request.user):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and review.reserves(obj.album, request.user):
            return False
        return super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        # Only what the editor changed, as in the album's page.
        obj.save(update_fields=form.changed_data)

    @admin.display(description=_("photo"))
    def preview(self, photo):
        return photo_preview(photo)
