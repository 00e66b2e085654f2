from datetime import timedelta

from django.utils import timezone

from alerts.models import Alert
from embassy.publishing import Status


def every_language(field, text):
    return {f"{field}_{code}": f"{text} ({code})" for code in ("en", "ru", "uz")}


def make_alert(**fields):
    values = {
        "kind": Alert.Kind.SECURITY,
        "status": Status.PUBLISHED,
        "publish_at": timezone.now() - timedelta(minutes=5),
        **every_language("title", "Road closures"),
        **every_language("text", "Avoid the city centre today."),
        **fields,
    }
    alert = Alert(**values)
    alert.full_clean()
    alert.save()
    return alert
