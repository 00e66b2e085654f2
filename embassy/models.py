"""Site settings: what the mission says about itself on every page; and
the pictures that editors insert in rich text."""

import functools
import operator

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from imagekit.models import ImageSpecField
from imagekit.processors import ResizeToFit

from .images import DatedFolder, ImageField, Rendition
from .links import LinkField
from .richtext import rich_text_fields


class SiteSettings(models.Model):
    """One record, edited in the admin; ``load()`` reads it."""

    mission_name = models.CharField(
        _("mission's name"),
        max_length=250,
        blank=True,
        help_text=_("The full name, shown in the header of every page."),
    )
    emblem = ImageField(
        _("emblem"),
        upload_to="site/",
        blank=True,
        formats=("PNG", "WEBP"),
        help_text=_(
            "Optional: a square PNG or WebP picture with a transparent "
            "background. Without one, the site shows its placeholder."
        ),
    )
    address = models.TextField(_("address"), blank=True, help_text=_("As on a letter."))
    phones = models.CharField(
        _("telephone numbers"),
        max_length=200,
        blank=True,
        help_text=_("With the country code, separated by commas."),
    )
    email = models.EmailField(_("email address"), blank=True)
    opening_hours = models.TextField(
        _("opening hours"),
        blank=True,
        help_text=_("One line per day or group of days."),
    )
    facebook = models.URLField(_("Facebook page"), blank=True)
    x = models.URLField(_("X (Twitter) account"), blank=True)
    telegram = models.URLField(_("Telegram channel"), blank=True)
    instagram = models.URLField(_("Instagram account"), blank=True)
    youtube = models.URLField(_("YouTube channel"), blank=True)
    year_theme = models.CharField(
        _("theme of the year"),
        max_length=250,
        blank=True,
        help_text=_(
            "The year's national theme, e.g. “Year of Environmental Protection "
            "and the Green Economy”. Leave empty to hide the banner."
        ),
    )
    year_theme_text = models.CharField(
        _("theme's sentence"),
        max_length=300,
        blank=True,
        help_text=_("Optional: one sentence shown under the theme."),
    )
    year_theme_image = ImageField(
        _("theme's picture"),
        upload_to="site/",
        blank=True,
        help_text=_("Optional: a picture for the banner (JPEG, PNG or WebP)."),
    )
    year_theme_link = LinkField(
        _("theme's link"),
        blank=True,
        help_text=_(
            "Optional: where the banner leads: a full address, or a path on "
            "this site without the language, such as /about-uzbekistan/."
        ),
    )

    # Shown at 56 pixels, sharp on screens of twice the density.
    emblem_small = Rendition("emblem", 112, 112, fit="pad", formats=("PNG",))
    year_theme_banner = Rendition("year_theme_image", 720, 480)

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return self.mission_name or str(_("this site"))

    def save(self, *args, **kwargs):
        self.pk = 1  # There is only one.
        super().save(*args, **kwargs)

    @classmethod
    def load(cls):
        """The settings, or empty ones until an editor has saved them."""
        return cls.objects.filter(pk=1).first() or cls(pk=1)


class TextImage(models.Model):
    """A picture that an editor inserted in rich text. Texts refer to it by
    the address of its rendition (``text_url``): ``uses()`` finds the items
    whose text shows it, and ``sweep_unused`` deletes the pictures that no
    text has shown for a while, with their files."""

    image = ImageField(_("picture"), upload_to=DatedFolder("uploads"))
    # As wide as the text column can show it, in the format it was uploaded in.
    in_text = ImageSpecField(
        source="image",
        processors=[ResizeToFit(1600, 1600, upscale=False)],
        options={"quality": 82},
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-uploaded_at", "-pk"]
        verbose_name = _("picture in a text")
        verbose_name_plural = _("pictures in texts")

    def __str__(self):
        return self.text_url

    @property
    def text_url(self):
        return self.in_text.url

    def uses(self):
        """The items whose rich text shows this picture, in any language."""
        return [
            item
            for model, names in rich_text_fields()
            for item in model._base_manager.filter(
                functools.reduce(
                    operator.or_,
                    (Q(**{f"{name}__contains": self.text_url}) for name in names),
                )
            )
        ]

    @classmethod
    def sweep_unused(cls):
        """Delete the pictures that no text shows and that were uploaded
        longer ago than TEXT_IMAGES_KEPT_UNUSED: a picture just uploaded may
        be in a text that its editor has not saved yet. Returns how many."""
        cutoff = timezone.now() - settings.TEXT_IMAGES_KEPT_UNUSED
        deleted = 0
        for text_image in cls.objects.filter(uploaded_at__lt=cutoff).iterator():
            if not text_image.uses():
                text_image.delete()
                deleted += 1
        return deleted
