from modeltranslation.translator import register

from embassy.translated import TranslationOptions

from .models import Fee, Guide, GuideForm, RequiredDocument


@register(Guide)
class GuideTranslationOptions(TranslationOptions):
    fields = ("title", "audience", "how_to_apply")


@register(RequiredDocument)
class RequiredDocumentTranslationOptions(TranslationOptions):
    fields = ("text",)


@register(Fee)
class FeeTranslationOptions(TranslationOptions):
    fields = ("note",)
    required_languages = ()


@register(GuideForm)
class GuideFormTranslationOptions(TranslationOptions):
    fields = ("title",)
