"""The mission's offices (the chancery, the consular section): how to reach
them, their weekly hours and the days they are closed."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from embassy.pagecache import TrackedQuerySet
from embassy.translated import TranslatedMixin


def phone_numbers(text):
    """The numbers of a comma-separated list, each with its ``tel:`` form."""
    numbers = [number.strip() for number in text.split(",") if number.strip()]
    return [
        (number, "".join(c for c in number if c.isdigit() or c == "+"))
        for number in numbers
    ]


class Office(TranslatedMixin, models.Model):
    name = models.CharField(
        _("name"), max_length=120, help_text=_("E.g. “Chancery” or “Consular section”.")
    )
    address = models.TextField(_("address"), help_text=_("As on a letter."))
    phones = models.CharField(
        _("telephone numbers"),
        max_length=200,
        blank=True,
        help_text=_("With the country code, separated by commas."),
    )
    email = models.EmailField(_("email address"), blank=True)
    emergency_phone = models.CharField(
        _("emergency telephone"),
        max_length=40,
        blank=True,
        help_text=_(
            "For citizens in an emergency, answered at any hour. Shown first "
            "while a security alert is live."
        ),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Optional, with the longitude: a link to the map, e.g. 46.2241."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("E.g. 6.1375."),
    )
    note = models.TextField(
        _("note"),
        blank=True,
        help_text=_("Optional, e.g. “Visitors are received by appointment.”"),
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first.")
    )

    objects = TrackedQuerySet.as_manager()

    translated_field = "name"

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("office")
        verbose_name_plural = _("offices")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(
                _("Give both the latitude and the longitude, or neither.")
            )

    @property
    def address_line(self):
        """The address on one line, its lines joined by commas."""
        lines = (line.strip() for line in self.address.splitlines())
        return ", ".join(line for line in lines if line)

    @property
    def phone_list(self):
        return phone_numbers(self.phones)

    @property
    def emergency_phone_list(self):
        return phone_numbers(self.emergency_phone)

    @property
    def map_url(self):
        """The office on OpenStreetMap: a plain link, no embedded map."""
        if self.latitude is None or self.longitude is None:
            return ""
        lat, lon = f"{self.latitude:f}", f"{self.longitude:f}"
        return (
            f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"
        )


class Hours(models.Model):
    """One range of one weekday: a day with a lunch break has two."""

    class Kind(models.TextChoices):
        OPENING = "opening", _("Opening hours")
        RECEPTION = "reception", _("Consular reception")

    class Weekday(models.IntegerChoices):
        # datetime.date.weekday()'s numbers.
        MONDAY = 0, _("Monday")
        TUESDAY = 1, _("Tuesday")
        WEDNESDAY = 2, _("Wednesday")
        THURSDAY = 3, _("Thursday")
        FRIDAY = 4, _("Friday")
        SATURDAY = 5, _("Saturday")
        SUNDAY = 6, _("Sunday")

    office = models.ForeignKey(
        Office, verbose_name=_("office"), on_delete=models.CASCADE, related_name="hours"
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind,
        default=Kind.OPENING,
        help_text=_(
            "Opening hours say whether the office is open; consular reception "
            "hours are when visitors are received for consular services."
        ),
    )
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    objects = TrackedQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "weekday", "opens"]
        verbose_name = _("range of hours")
        verbose_name_plural = _("ranges of hours")
        constraints = [
            models.CheckConstraint(
                condition=Q(closes__gt=models.F("opens")),
                name="hours_close_after_opening",
                violation_error_message=_("The closing time must follow the opening."),
            )
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"


class Closure(TranslatedMixin, models.Model):
    """Days an office is closed: a national holiday of either country, or
    a one-off event; entered in advance."""

    office = models.ForeignKey(
        Office,
        verbose_name=_("office"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="closures",
        help_text=_("Leave empty when every office is closed."),
    )
    first_day = models.DateField(_("first day"))
    last_day = models.DateField(
        _("last day"), blank=True, help_text=_("Leave empty for a single day.")
    )
    reason = models.CharField(
        _("reason"), max_length=200, help_text=_("E.g. “Independence Day”.")
    )

    objects = TrackedQuerySet.as_manager()

    translated_field = "reason"

    class Meta:
        ordering = ["first_day", "pk"]
        verbose_name = _("closure")
        verbose_name_plural = _("closures")
        constraints = [
            models.CheckConstraint(
                condition=Q(last_day__gte=models.F("first_day")),
                name="closure_ends_after_it_begins",
                violation_error_message=_("The last day cannot come before the first."),
            )
        ]

    def __str__(self):
        return self.reason

    def save(self, *args, **kwargs):
        if self.last_day is None:
            self.last_day = self.first_day
        super().save(*args, **kwargs)

    def clean(self):
        if self.first_day and self.last_day is None:
            self.last_day = self.first_day
        super().clean()

    @property
    def days(self):
        return (self.last_day - self.first_day).days + 1

    @property
    def day_after(self):
        return self.last_day + datetime.timedelta(days=1)
