"""What search engines read of the site and its pages, for JSON-LD: the
mission with its contacts (``{% organization_data %}``, on the home page)
and the way to a static page (``{% page_breadcrumbs %}``)."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from embassy.metadata import breadcrumb_list
from offices.opening import remembered_offices

register = template.Library()


@register.simple_tag(takes_context=True)
def organization_data(context, site):
    """The mission (``site``, the site settings) as schema.org's
    GovernmentOrganization, with the address of its first office and how to
    reach it."""
    absolute = context["request"].build_absolute_uri
    offices = remembered_offices()
    return {
        "@context": "https://schema.org",
        **site.structured_data(absolute, contact=offices[0] if offices else None),
    }


@register.simple_tag(takes_context=True)
def page_breadcrumbs(context, page, ancestors):
    """The way to ``page``: home, then the pages above it, nearest last."""
    absolute = context["request"].build_absolute_uri
    return breadcrumb_list(
        [(_("Home"), absolute(reverse("pages:home")))]
        + [
            (item.title, absolute(item.get_absolute_url()))
            for item in [*ancestors, page]
        ]
    )
