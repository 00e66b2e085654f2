"""The live alerts, at the top of every page (``{% alert_banner %}``), and
the one that turns the home page to its crisis layout
(``{% crisis_alert as alert %}``)."""

from django import template

from embassy import pagecache

from ..models import Alert

register = template.Library()


def live_alerts():
    """The live alerts in the active language, the most severe first: one
    query after each change, whatever their number, then none."""
    alerts = list(Alert.objects.live().select_related("category"))
    alerts.sort(key=lambda alert: (alert.severity, -alert.publish_at.timestamp()))
    return alerts


def _remembered():
    return pagecache.remembered("live alerts", live_alerts)


@register.inclusion_tag("alerts/_banner.html")
def alert_banner():
    return {"alerts": _remembered()}


@register.simple_tag
def crisis_alert():
    """The most recent live security alert, or None."""
    return next(
        (alert for alert in _remembered() if alert.kind == Alert.Kind.SECURITY), None
    )
