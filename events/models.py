"""Events the mission announces: receptions, exhibitions, national days,
briefings. Upcoming until they end, past after; in the mission's time zone,
all day or at a time."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Min
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from embassy.images import DatedFolder, ImageField, Rendition
from embassy.publishing import Publishable, PublishableQuerySet, live_condition
from embassy.richtext import RichTextField
from embassy.search import Searchable
from embassy.translated import TranslatedMixin
from news.models import Category


class EventQuerySet(PublishableQuerySet):
    def upcoming(self, now=None):
        """Live events that have not ended, the soonest first."""
        now = now or timezone.now()
        return self.live().filter(ends_by__gt=now).order_by("starts_at", "pk")

    def past(self, now=None):
        """Live events that have ended, the latest first."""
        now = now or timezone.now()
        return self.live().filter(ends_by__lte=now).order_by("-starts_at", "-pk")

    def next_end(self, now):
        """When the next live event ends (it then moves to the past)."""
        return self.model._base_manager.filter(
            live_condition(), ends_by__gt=now
        ).aggregate(next_end=Min("ends_by"))["next_end"]


class Event(TranslatedMixin, Publishable):
    title = models.CharField(
        _("title"), max_length=200, help_text=_("E.g. “Navruz reception”.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The event's web address, the same in every language."),
    )
    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("Optional: one sentence for the list of events."),
    )
    description = RichTextField(_("description"), blank=True)
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_("The times are then left out: only the days count."),
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(
        _("ends"),
        null=True,
        blank=True,
        help_text=_("Optional; for an event of several days, its last day."),
    )
    # When it leaves the upcoming list: its end, the end of its last day
    # when it lasts all day, or its start when it has no end. Kept at save.
    ends_by = models.DateTimeField(editable=False, db_index=True)
    place_name = models.CharField(
        _("place"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “Palais des Nations”."),
    )
    place_address = models.TextField(_("address of the place"), blank=True)
    registration_url = models.URLField(
        _("registration"),
        blank=True,
        help_text=_("Optional: where visitors register, on this site or elsewhere."),
    )
    picture = ImageField(_("picture"), upload_to=DatedFolder("events"), blank=True)
    picture_alt = models.CharField(
        _("picture description"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for visitors who cannot see it."),
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
    )

    picture_card = Rendition("picture", 480, 270)
    picture_large = Rendition("picture", 1200, 675)

    objects = EventQuerySet.as_manager()
    search = Searchable(title="title", summary="summary", body="description")

    translated_field = "title"

    class Meta:
        ordering = ["-starts_at", "-pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:event_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if not (self.starts_at and self.ends_at):
            return
        # All day, only the days count.
        if self.all_day:
            ends_first = self.last_day < self.first_day
        else:
            ends_first = self.ends_at < self.starts_at
        if ends_first:
            raise ValidationError(
                {"ends_at": _("The end cannot come before the start.")}
            )

    def save(self, *args, **kwargs):
        self.ends_by = self.compute_ends_by()
        super().save(*args, **kwargs)

    def compute_ends_by(self):
        if self.ends_at and not self.all_day:
            return self.ends_at
        # All day, or at a time without an end: listed until its last day
        # is over, on the mission's clock.
        day_after = self.last_day + datetime.timedelta(days=1)
        return datetime.datetime.combine(
            day_after, datetime.time(), tzinfo=timezone.get_default_timezone()
        )

    @property
    def first_day(self):
        return timezone.localdate(self.starts_at, timezone.get_default_timezone())

    @property
    def last_day(self):
        return timezone.localdate(
            self.ends_at or self.starts_at, timezone.get_default_timezone()
        )

    @property
    def several_days(self):
        return self.last_day != self.first_day
