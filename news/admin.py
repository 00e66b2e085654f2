from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from embassy.admin import PublishableAdmin
from embassy.changenotes import NotedForm
from embassy.translated import translated_search_fields

from .models import Article, Category


@admin.register(Category)
class CategoryAdmin(TabbedTranslationAdmin):
    list_display = ("name", "slug", "order")
    list_editable = ("order",)
    search_fields = translated_search_fields(Category, "name", "slug")
    prepopulated_fields = {"slug": ("name_en",)}
    # Named, or the order inherited from Orderable would come first.
    fields = ("name", "slug", "description", "order")


@admin.register(Article)
class ArticleAdmin(PublishableAdmin, TabbedTranslationAdmin):
    form = NotedForm
    list_display = ("title", "category", "status", "publish_at", "featured")
    list_filter = ("status", "category", "featured")
    list_select_related = ("category",)
    search_fields = translated_search_fields(Article, "title", "summary", "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    # The album is a plain list: press officers may not open the gallery.
    autocomplete_fields = ("category",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "category", "summary", "body")}),
        (_("Cover image"), {"fields": ("cover", "cover_alt")}),
        (_("Source"), {"fields": ("source_name", "source_url")}),
        (_("Photo album"), {"fields": ("album",)}),
        (_("Event"), {"fields": ("event",)}),
        PublishableAdmin.publishing_fieldset,
        (None, {"fields": ("featured",)}),
        PublishableAdmin.withdrawal_fieldset,
    )
