from modeltranslation.translator import register

from embassy.translated import TranslationOptions

from .models import Event


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = (
        "title",
        "summary",
        "description",
        "place_name",
        "place_address",
        "picture_alt",
    )
