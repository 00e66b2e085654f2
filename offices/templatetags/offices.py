"""The offices and whether each is open now: ``{% offices_today as
offices %}`` for the footer, the contacts page and the crisis layout."""

from django import template

from .. import opening

register = template.Library()


@register.simple_tag
def offices_today():
    """A list of ``opening.OfficeToday``: no query on most pages."""
    return opening.offices_now(opening.remembered_offices())
