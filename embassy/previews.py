"""Preview links: an editor shows a draft, as visitors will see it, to
someone without an account (the ambassador, on a phone), for a time they
choose, at most a few days, and can withdraw the link before then
(``PreviewLink``). The page is marked as a preview, never indexed and
never cached.
"""

from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import resolve
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from .models import PreviewLink, preview_digest


def preview(request, token):
    """The item as a visitor will see it once published: its own page,
    rendered by its own view, which lets this one item through."""
    link = PreviewLink.objects.filter(digest=preview_digest(token)).first()
    if link is None:
        raise Http404(_("There is no such preview link."))
    item = link.item
    if item is None:
        raise Http404(_("The item this link showed was deleted."))
    if link.revoked or link.valid_until <= timezone.now():
        response = TemplateResponse(request, "embassy/preview_gone.html", status=410)
    else:
        request.previewed_item = item
        match = resolve(item.get_absolute_url())
        response = match.func(request, *match.args, **match.kwargs)
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
