"""Consular service guides: what a visitor needs for a passport, a visa, a
legalisation…: who it is for, the documents, the fee, the time it takes,
how to apply, and the forms to fill in.

Facts that do not depend on the language (fees, currencies, times, links,
files' order) are entered once; the texts in each language.
"""

import datetime
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext

from embassy.pagecache import TrackedQuerySet
from embassy.pdf import validate_pdf
from embassy.publishing import Publishable, PublishableQuerySet
from embassy.richtext import RichTextField
from embassy.search import Searchable
from embassy.storage import private_uploads
from embassy.translated import TranslatedMixin


class Guide(TranslatedMixin, Publishable):
    class Kind(models.TextChoices):
        # In the order the consular page lists them.
        PASSPORTS = "passports", _("Passports")
        VISAS = "visas", _("Visas")
        LEGALISATION = "legalisation", _("Legalisation of documents")
        CITIZENSHIP = "citizenship", _("Citizenship")
        CIVIL_REGISTRATION = "civil-registration", _("Civil registration")
        NOTARIAL = "notarial", _("Notarial acts")
        REGISTRATION = "registration", _("Registration of citizens abroad")

    class Unit(models.TextChoices):
        WORKING_DAYS = "working-days", _("working days")
        DAYS = "days", _("calendar days")
        WEEKS = "weeks", _("weeks")
        MONTHS = "months", _("months")

    kind = models.CharField(_("kind"), max_length=30, choices=Kind)
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("What the visitor comes for, e.g. “Replacing a lost passport”."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The guide's web address, the same in every language."),
    )
    audience = models.TextField(
        _("who it is for"),
        help_text=_("One or two sentences: who may apply, and when."),
    )
    how_to_apply = RichTextField(
        _("how to apply"),
        blank=True,
        help_text=_("The steps, in order: where to go, what happens next."),
    )
    in_person = models.BooleanField(_("in person"), default=True)
    by_post = models.BooleanField(_("by post"), default=False)
    online = models.BooleanField(_("online"), default=False)
    booking_url = models.URLField(
        _("booking or online service"),
        blank=True,
        help_text=_(
            "Optional: the external site where visitors book an appointment or "
            "apply (an e-visa portal)."
        ),
    )
    processing_time = models.PositiveSmallIntegerField(
        _("processing time"),
        null=True,
        blank=True,
        help_text=_("Optional: how long it usually takes, in the unit beside."),
    )
    processing_unit = models.CharField(
        _("unit"), max_length=20, choices=Unit, default=Unit.WORKING_DAYS
    )
    reviewed_on = models.DateField(
        _("last reviewed"),
        default=timezone.localdate,
        help_text=_(
            "The day someone last checked that the guide is right. The admin "
            "flags guides not reviewed for longer than the mission's period."
        ),
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Within its kind: lower numbers first.")
    )

    objects = PublishableQuerySet.as_manager()
    search = Searchable(title="title", summary="audience", body="how_to_apply")

    translated_field = "title"

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("service guide")
        verbose_name_plural = _("service guides")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("consular:guide_detail", kwargs={"slug": self.slug})

    @property
    def review_due(self):
        return self.reviewed_on + datetime.timedelta(days=settings.GUIDE_REVIEW_DAYS)

    @property
    def review_overdue(self):
        return timezone.localdate() > self.review_due

    @property
    def processing(self):
        """The processing time in words, e.g. "2 working days", or ""."""
        count = self.processing_time
        if not count:
            return ""
        words = {
            self.Unit.WORKING_DAYS: ngettext(
                "%(count)d working day", "%(count)d working days", count
            ),
            self.Unit.DAYS: ngettext("%(count)d day", "%(count)d days", count),
            self.Unit.WEEKS: ngettext("%(count)d week", "%(count)d weeks", count),
            self.Unit.MONTHS: ngettext("%(count)d month", "%(count)d months", count),
        }
        return words[self.processing_unit] % {"count": count}

    @property
    def channels(self):
        """How to apply, in words."""
        return [
            label
            for wanted, label in (
                (self.in_person, _("in person")),
                (self.by_post, _("by post")),
                (self.online, _("online")),
            )
            if wanted
        ]


class RequiredDocument(TranslatedMixin, models.Model):
    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="documents")
    text = models.CharField(
        _("document"),
        max_length=300,
        help_text=_("E.g. “The passport, and a copy of its photo page”."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = TrackedQuerySet.as_manager()

    translated_field = "text"

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("document required")
        verbose_name_plural = _("documents required")

    def __str__(self):
        return self.text


# The currencies fees are paid in, by ISO 4217 code, and how each language
# writes an amount of each.
def _usd(count):
    return ngettext("USD %(amount)s", "USD %(amount)s", count)


def _eur(count):
    return ngettext("EUR %(amount)s", "EUR %(amount)s", count)


def _chf(count):
    return ngettext("CHF %(amount)s", "CHF %(amount)s", count)


def _gbp(count):
    return ngettext("GBP %(amount)s", "GBP %(amount)s", count)


def _uzs(count):
    return ngettext("UZS %(amount)s", "UZS %(amount)s", count)


AMOUNTS = {"USD": _usd, "EUR": _eur, "CHF": _chf, "GBP": _gbp, "UZS": _uzs}


class Fee(TranslatedMixin, models.Model):
    class Currency(models.TextChoices):
        USD = "USD", _("US dollar")
        EUR = "EUR", _("euro")
        CHF = "CHF", _("Swiss franc")
        GBP = "GBP", _("pound sterling")
        UZS = "UZS", _("Uzbek sum")

    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="fees")
    amount = models.DecimalField(
        _("amount"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Leave empty when the service is free."),
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency, default=Currency.USD
    )
    note = models.CharField(
        _("note"),
        max_length=200,
        blank=True,
        help_text=_(
            "Optional, when there are several fees: e.g. “urgent, in one day”."
        ),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = TrackedQuerySet.as_manager()

    translated_field = "note"

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("fee")
        verbose_name_plural = _("fees")

    def __str__(self):
        return str(self.price)

    @property
    def is_free(self):
        return not self.amount

    @property
    def price(self):
        """The fee as the visitor's language writes it: "USD 20", "20
        долларов США", "20 AQSH dollari"; "Free"."""
        if self.is_free:
            return pgettext("fee", "Free")
        whole = self.amount == self.amount.to_integral_value()
        amount = number_format(
            self.amount, decimal_pos=0 if whole else 2, force_grouping=True
        )
        if not whole:
            # A fraction takes no plural form: the code is written as is.
            return _("%(currency)s %(amount)s") % {
                "currency": self.currency,
                "amount": amount,
            }
        return AMOUNTS[self.currency](int(self.amount)) % {"amount": amount}

    @property
    def price_for_schema(self):
        return f"{self.amount or Decimal(0):.2f}"


def form_path(form, filename):
    """forms/2026/11/visa-application.pdf: a name visitors recognise."""
    name = slugify(filename.rsplit(".", 1)[0])[:80] or "form"
    return f"forms/{datetime.date.today():%Y/%m}/{name}.pdf"


class GuideForm(TranslatedMixin, models.Model):
    """A form to download: a PDF, kept where no web server serves it and
    given only for a guide the visitor may see."""

    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="forms")
    title = models.CharField(
        _("title"), max_length=200, help_text=_("E.g. “Visa application form”.")
    )
    file = models.FileField(
        _("PDF file"),
        upload_to=form_path,
        storage=private_uploads,
        validators=[validate_pdf],
        help_text=_(
            "A PDF document. Files that are not PDF, or that contain "
            "JavaScript or embedded files, are refused."
        ),
    )
    size = models.PositiveIntegerField(_("size"), default=0, editable=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = TrackedQuerySet.as_manager()

    translated_field = "title"

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("form")
        verbose_name_plural = _("forms")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Read from the upload, not from storage (a bucket) on every save.
        if self.file and not self.file._committed:
            self.size = self.file.size
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse(
            "consular:form_download",
            kwargs={"slug": self.guide.slug, "form_pk": self.pk},
        )

    @property
    def download_name(self):
        return f"{slugify(self.title, allow_unicode=True) or 'form'}.pdf"
