import datetime

from django.utils import timezone

from embassy.publishing import Status
from events.models import Event


def at(text):
    """A time on the mission's clock (settings.TIME_ZONE)."""
    return timezone.make_aware(datetime.datetime.fromisoformat(text))


def make_event(slug="reception", starts="2026-12-16 18:30", ends=None, **fields):
    values = {
        "slug": slug,
        "title_en": f"Event {slug}",
        "status": Status.PUBLISHED,
        "starts_at": at(starts),
        "ends_at": at(ends) if ends else None,
        **fields,
    }
    event = Event(**values)
    event.full_clean()
    event.save()
    return event
