from modeltranslation.translator import register

from embassy.translated import TranslationOptions

from .models import Article, Category


@register(Category)
class CategoryTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = (
        "title",
        "summary",
        "body",
        "cover_alt",
        "source_name",
        "withdrawal_reason",
    )
