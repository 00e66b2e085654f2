"""The emergency alert: one clear message at the top of every page while
it is live (a security incident, a closure, national mourning)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from embassy.links import LinkField, localize_link
from embassy.publishing import Publishable, Status
from embassy.translated import TranslatedMixin
from news.models import Category


class Alert(TranslatedMixin, Publishable):
    class Kind(models.TextChoices):
        # In the order pages show them when several are live.
        SECURITY = "security", _("Security alert")
        CLOSURE = "closure", _("Consular closure")
        MOURNING = "mourning", _("National mourning")
        INFORMATION = "information", _("Information")

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind,
        default=Kind.INFORMATION,
        help_text=_(
            "A security alert turns the home page to its crisis layout while "
            "it is live."
        ),
    )
    title = models.CharField(
        _("title"), max_length=120, help_text=_("A few words, e.g. “Road closures”.")
    )
    text = models.TextField(
        _("text"),
        max_length=500,
        help_text=_("What happened and what to do, in two or three sentences."),
    )
    link = LinkField(
        _("link"),
        blank=True,
        help_text=_(
            "Optional: where to read more: a path on this site such as "
            "/news/road-closures/, or a full address."
        ),
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("related news"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_(
            "Optional, for a security alert: the category whose latest news "
            "the crisis layout lists."
        ),
    )

    translated_field = "title"
    # Urgent by nature: a press officer or a site editor publishes it at
    # once, even while texts are otherwise reviewed (embassy.review).
    reviewed = False

    class Meta:
        ordering = ["-publish_at"]
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.status != Status.PUBLISHED:
            return
        missing = [
            str(name)
            for code, name in settings.LANGUAGES
            if not (
                getattr(self, f"title_{code}", "") and getattr(self, f"text_{code}", "")
            )
        ]
        if missing:
            # A warning every visitor must read cannot fall back to English.
            raise ValidationError(
                {
                    "status": _(
                        "An alert is published only with its title and text in "
                        "every language. Missing: %(languages)s. Save it as a "
                        "draft until the translations are in."
                    )
                    % {"languages": ", ".join(missing)}
                }
            )

    @property
    def severity(self):
        return list(self.Kind).index(self.kind)

    @property
    def is_urgent(self):
        """Read out at once by screen readers; the others politely."""
        return self.kind in (self.Kind.SECURITY, self.Kind.CLOSURE)

    @property
    def url(self):
        return localize_link(self.link)
