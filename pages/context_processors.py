"""The site settings, for every page's header and footer (read only when a
template uses them)."""

from django.utils.functional import SimpleLazyObject

from .models import SiteSettings


def site_settings(request):
    return {"site_settings": SimpleLazyObject(SiteSettings.load)}
