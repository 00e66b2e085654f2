"""News: categories and the articles press officers publish."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from embassy.images import DatedFolder, ImageField, Rendition
from embassy.ordering import Orderable
from embassy.pagecache import TrackedQuerySet
from embassy.publishing import Noted, Publishable, PublishableQuerySet, Withdrawable
from embassy.richtext import RichTextField
from embassy.routes import routed_segments
from embassy.search import Searchable
from embassy.translated import TranslatedMixin, translated_columns


def reserved_slugs():
    """Words that name fixed views under /news/: never an article's slug.
    Read when an article is checked, as the URLconf imports this module."""
    return routed_segments("news.urls")


class CategoryQuerySet(TrackedQuerySet):
    def visible(self):
        """The categories visitors see: those with a live article, so that a
        category made ahead of an embargoed announcement reveals nothing of
        it (in the filter, the menu, its page or its feed)."""
        live = Article.objects.live().filter(category=OuterRef("pk"))
        return self.filter(Exists(live))


class Category(TranslatedMixin, Orderable):
    name = models.CharField(
        _("name"), max_length=120, help_text=_("As visitors see it, e.g. “Meetings”.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        help_text=_("The category's part of the web address. Keep it short."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Optional: one or two sentences shown on the category's page."),
    )

    translated_field = "name"

    objects = CategoryQuerySet.as_manager()

    class Meta(Orderable.Meta):
        # Equal numbers: alphabetical, as visitors look for a name.
        ordering = ["order", "name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("news:category", kwargs={"slug": self.slug})


class ArticleQuerySet(PublishableQuerySet):
    def for_listing(self):
        """What a list of articles shows, in one query: the bodies (and the
        reasons of withdrawal, never listed), in every language, are left
        in the database."""
        return self.select_related("category").defer(
            *translated_columns("body"), *translated_columns("withdrawal_reason")
        )


class Article(TranslatedMixin, Noted, Withdrawable, Publishable):
    title = models.CharField(
        _("title"), max_length=250, help_text=_("The headline, as short as it can be.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=250,
        unique=True,
        help_text=_(
            "The article's web address, the same in every language. Filled in "
            "from the English title; change it only before publishing."
        ),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown in news lists and feeds."),
    )
    body = RichTextField(_("body"), blank=True, help_text=_("The article itself."))
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="articles",
        help_text=_("Where visitors find it when they filter the news."),
    )
    cover = ImageField(
        _("cover image"),
        upload_to=DatedFolder("news/covers"),
        blank=True,
        help_text=_(
            "Optional: a JPEG, PNG or WebP picture of at most 15 MB. Location "
            "and camera data are removed when it is saved."
        ),
    )
    cover_alt = models.CharField(
        _("cover description"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the cover shows, for visitors who cannot see it, e.g. “The "
            "Ambassador speaking at the Human Rights Council”."
        ),
    )
    source_name = models.CharField(
        _("source"),
        max_length=120,
        blank=True,
        help_text=_("Where the news comes from, e.g. “UzA”. Leave empty for our own."),
    )
    source_url = models.URLField(
        _("source address"),
        blank=True,
        help_text=_("Optional: the address of the original article."),
    )
    album = models.ForeignKey(
        "gallery.Album",
        verbose_name=_("photo album"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Optional: an album of the event, shown at the article's end."),
    )
    event = models.ForeignKey(
        "events.Event",
        verbose_name=_("event"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Optional: the event the article is about, shown at its end."),
    )
    featured = models.BooleanField(
        _("featured"),
        default=False,
        help_text=_("Featured articles come first on the home page."),
    )

    cover_small = Rendition("cover", 480, 270)
    cover_large = Rendition("cover", 1200, 675)
    # The card of a link to the article in a chat or a social network.
    cover_social = Rendition("cover", 1200, 630, formats=("JPEG",))

    objects = ArticleQuerySet.as_manager()
    search = Searchable(title="title", summary="summary", body="body")

    translated_field = "title"

    class Meta:
        ordering = ["-publish_at", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [
            models.Index(fields=["status", "publish_at"]),
            # The home page's order: featured first, then the newest.
            models.Index(fields=["featured", "publish_at"]),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:article_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.slug in reserved_slugs():
            raise ValidationError(
                {
                    "slug": _("“%(slug)s” is reserved; choose another.")
                    % {"slug": self.slug}
                }
            )
        # English is the fallback of every language, so it must exist.
        if self.cover and not self.cover_alt_en:
            raise ValidationError(
                {
                    "cover_alt_en": _(
                        "Describe the cover for visitors who cannot see it."
                    )
                }
            )
