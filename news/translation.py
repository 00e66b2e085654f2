from modeltranslation.translator import TranslationOptions, register

from .models import Article, Category


@register(Category)
class CategoryTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body", "cover_alt", "source_name")
    required_languages = ("en",)
