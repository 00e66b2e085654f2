from modeltranslation.translator import register

from embassy.translated import TranslationOptions

from .models import Album, Photo


@register(Album)
class AlbumTranslationOptions(TranslationOptions):
    fields = ("title", "description", "withdrawal_reason")


@register(Photo)
class PhotoTranslationOptions(TranslationOptions):
    fields = ("caption", "alt")
    # Photos arrive by the hundred, with no words: editors add them later.
    required_languages = ()
