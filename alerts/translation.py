from modeltranslation.translator import register

from embassy.translated import TranslationOptions

from .models import Alert


@register(Alert)
class AlertTranslationOptions(TranslationOptions):
    fields = ("title", "text")
