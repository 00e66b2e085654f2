"""Site settings: what the mission says about itself on every page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from imagekit.models import ImageSpecField
from imagekit.processors import ResizeToFit

from .images import ImageField
from .links import LinkField


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

    emblem_png = ImageSpecField(
        source="emblem", processors=[ResizeToFit(112, 112)], format="PNG"
    )
    year_theme_webp = ImageSpecField(
        source="year_theme_image",
        processors=[ResizeToFit(720, 480)],
        format="WEBP",
        options={"quality": 82},
    )
    year_theme_jpeg = ImageSpecField(
        source="year_theme_image",
        processors=[ResizeToFit(720, 480)],
        format="JPEG",
        options={"quality": 82},
    )

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
