from modeltranslation.translator import TranslationOptions, register

from .models import SiteSettings


@register(SiteSettings)
class SiteSettingsTranslationOptions(TranslationOptions):
    fields = (
        "mission_name",
        "address",
        "opening_hours",
        "year_theme",
        "year_theme_text",
    )
