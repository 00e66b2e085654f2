from modeltranslation.translator import TranslationOptions, register

from .models import LinkGroup, MenuItem, Page, Slide, UsefulLink


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "body", "hero_alt")
    required_languages = ("en",)


@register(MenuItem)
class MenuItemTranslationOptions(TranslationOptions):
    fields = ("label",)
    required_languages = ("en",)


@register(Slide)
class SlideTranslationOptions(TranslationOptions):
    fields = ("title", "caption", "alt")
    required_languages = ("en",)


@register(LinkGroup)
class LinkGroupTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(UsefulLink)
class UsefulLinkTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("en",)
