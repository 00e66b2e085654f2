from modeltranslation.translator import register

from .models import ChangeNote
from .translated import TranslationOptions


@register(ChangeNote)
class ChangeNoteTranslationOptions(TranslationOptions):
    fields = ("note",)
