from modeltranslation.translator import TranslationOptions, register

from .models import Album, Photo


@register(Album)
class AlbumTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("en",)


@register(Photo)
class PhotoTranslationOptions(TranslationOptions):
    fields = ("caption", "alt")
