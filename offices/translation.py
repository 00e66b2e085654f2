from django.conf import settings
from modeltranslation.translator import register

from embassy.translated import TranslationOptions

from .models import Closure, Office


@register(Office)
class OfficeTranslationOptions(TranslationOptions):
    fields = ("name", "address", "note")


@register(Closure)
class ClosureTranslationOptions(TranslationOptions):
    fields = ("reason",)
    # "Closed today: …" is on every page: in the visitor's language.
    required_languages = tuple(code for code, _name in settings.LANGUAGES)
