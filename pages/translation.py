from modeltranslation.translator import register

from embassy.translated import TranslationOptions

from .models import (
    HeadOfMission,
    LinkGroup,
    MenuItem,
    Page,
    SiteSettings,
    Slide,
    UsefulLink,
)


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "body", "hero_alt", "withdrawal_reason")


@register(MenuItem)
class MenuItemTranslationOptions(TranslationOptions):
    fields = ("label",)


@register(Slide)
class SlideTranslationOptions(TranslationOptions):
    fields = ("title", "caption", "alt")


@register(LinkGroup)
class LinkGroupTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(UsefulLink)
class UsefulLinkTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(HeadOfMission)
class HeadOfMissionTranslationOptions(TranslationOptions):
    fields = ("name", "title", "biography")


@register(SiteSettings)
class SiteSettingsTranslationOptions(TranslationOptions):
    fields = (
        "mission_name",
        "year_theme",
        "year_theme_text",
    )
    # Every text is optional, as it was: the header and footer do without.
    required_languages = ()
