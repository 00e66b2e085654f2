from django import forms
from django.contrib import admin
from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from embassy.admin import PublishableAdmin
from embassy.changenotes import NotedForm
from embassy.translated import translated_search_fields

from .models import (
    HeadOfMission,
    LinkGroup,
    MenuItem,
    Page,
    SiteSettings,
    Slide,
    UsefulLink,
)


@admin.register(Page)
class PageAdmin(PublishableAdmin, TabbedTranslationAdmin):
    form = NotedForm
    list_display = ("title", "address", "status", "publish_at", "show_in_menu", "order")
    list_filter = ("status", "show_in_menu")
    list_select_related = ("parent",)
    search_fields = translated_search_fields(Page, "title", "path")
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("parent",)
    ordering = ("path",)
    fieldsets = (
        (None, {"fields": ("title", "parent", "slug", "body")}),
        (_("Picture"), {"fields": ("hero", "hero_alt")}),
        (None, {"fields": ("show_in_menu", "order", "presents_head_of_mission")}),
        PublishableAdmin.publishing_fieldset,
        PublishableAdmin.withdrawal_fieldset,
    )

    @admin.display(description=_("address"), ordering="path")
    def address(self, page):
        return f"/{page.path}/"


@admin.register(MenuItem)
class MenuItemAdmin(TabbedTranslationAdmin):
    list_display = ("label", "order", "leads_to")
    list_editable = ("order",)
    list_select_related = ("page", "category")
    autocomplete_fields = ("page", "category")
    fieldsets = (
        (None, {"fields": ("label", "order")}),
        (_("Leads to"), {"fields": ("page", "section", "category", "url")}),
    )

    @admin.display(description=_("leads to"))
    def leads_to(self, item):
        return item.get_url() or "—"


@admin.register(Slide)
class SlideAdmin(PublishableAdmin, TabbedTranslationAdmin):
    list_display = ("title", "order", "status", "publish_at", "end_at")
    list_editable = ("order",)
    search_fields = translated_search_fields(Slide, "title")
    fieldsets = (
        (None, {"fields": ("title", "caption", "image", "alt", "link", "order")}),
        PublishableAdmin.publishing_fieldset,
    )


@admin.register(LinkGroup)
class LinkGroupAdmin(TabbedTranslationAdmin):
    list_display = ("name", "order")
    list_editable = ("order",)
    search_fields = translated_search_fields(LinkGroup, "name")
    # Named, or the order inherited from Orderable would come first.
    fields = ("name", "order")


@admin.register(UsefulLink)
class UsefulLinkAdmin(PublishableAdmin, TabbedTranslationAdmin):
    list_display = ("title", "group", "show_on_home", "status", "publish_at", "order")
    list_editable = ("order",)
    list_filter = ("status", "group", "show_on_home")
    list_select_related = ("group",)
    search_fields = translated_search_fields(UsefulLink, "title", "url")
    autocomplete_fields = ("group",)
    fieldsets = (
        (None, {"fields": ("title", "url", "group", "tile", "show_on_home", "order")}),
        PublishableAdmin.publishing_fieldset,
    )


@admin.register(SiteSettings)
class SiteSettingsAdmin(TabbedTranslationAdmin):
    """One record: the list leads straight to it."""

    # The mission's full name is long.
    formfield_overrides = {
        models.CharField: {"widget": forms.TextInput(attrs={"size": 90})}
    }

    fieldsets = (
        (None, {"fields": ("mission_name", "emblem")}),
        (
            _("Social networks"),
            {"fields": ("facebook", "x", "telegram", "instagram", "youtube")},
        ),
        (
            _("Theme of the year"),
            {
                "fields": (
                    "year_theme",
                    "year_theme_text",
                    "year_theme_image",
                    "year_theme_link",
                )
            },
        ),
        (_("Publishing"), {"fields": ("review_before_publishing",)}),
    )

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if not request.user.has_perm("embassy.review"):
            # Whoever may review decides whether texts are reviewed (an
            # administrator, or a reviewer given the site settings too).
            fields = (*fields, "review_before_publishing")
        return fields

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        if SiteSettings.objects.exists():
            return redirect("admin:pages_sitesettings_change", 1)
        return redirect("admin:pages_sitesettings_add")


@admin.register(HeadOfMission)
class HeadOfMissionAdmin(TabbedTranslationAdmin):
    """The present head of mission and the former ones: the page that
    presents them is the one whose "presents the head of mission" is
    ticked."""

    list_display = ("name", "appointed_on", "left_on")
    search_fields = translated_search_fields(HeadOfMission, "name")
    fieldsets = (
        (None, {"fields": ("name", "title", "photo", "biography")}),
        (_("Dates"), {"fields": ("appointed_on", "left_on")}),
    )
