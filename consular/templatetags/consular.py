"""What search engines read of a guide (``{% guide_structured_data %}``),
and the host of its external service (``|host``)."""

from urllib.parse import urlsplit

from django import template

register = template.Library()


@register.filter
def host(url):
    """The site a link leads to, e.g. "e-visa.gov.uz", said beside it."""
    return urlsplit(url).hostname or ""


@register.simple_tag(takes_context=True)
def guide_structured_data(context, guide, site):
    """The guide as schema.org's GovernmentService: what it is, who
    provides it, where to apply, and its fees."""
    absolute = context["request"].build_absolute_uri
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": guide.title,
        "description": guide.audience,
        "serviceType": str(guide.get_kind_display()),
        "url": absolute(guide.get_absolute_url()),
        "provider": site.structured_data(absolute),
        "offers": [
            {
                "@type": "Offer",
                "price": fee.price_for_schema,
                "priceCurrency": fee.currency,
                **({"description": fee.note} if fee.note else {}),
            }
            for fee in guide.fees.all()
        ],
    }
    if guide.booking_url:
        data["availableChannel"] = {
            "@type": "ServiceChannel",
            "serviceUrl": guide.booking_url,
        }
    return data
