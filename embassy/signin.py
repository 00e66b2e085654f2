"""Staff sign-in: who is asking and what they are told, for django-axes'
lockouts, and the keep-alive of the admin's idle timeout.

django-axes counts failed sign-ins by client address and by user name and,
past the limit, refuses further attempts before any password is hashed.
"""

import ipaddress

from django.conf import settings
from django.contrib import admin
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control


def client_address(request):
    """The address of the client: REMOTE_ADDR, or, behind
    ``TRUSTED_PROXIES`` proxies that each append the address they were
    reached from to X-Forwarded-For, the address the first of them saw.
    What a client writes itself in X-Forwarded-For is never believed."""
    proxies = settings.TRUSTED_PROXIES
    if proxies:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if len(forwarded) >= proxies:
            address = forwarded[-proxies].strip()
            try:
                return str(ipaddress.ip_address(address))
            except ValueError:
                pass  # not an address: the proxy's own is all there is
    return request.META.get("REMOTE_ADDR")


def locked_out(request, original_response=None, credentials=None):
    """The page django-axes answers with once sign-in is paused: the same
    for a user name that exists and one that does not."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {
        **admin.site.each_context(request),  # the admin's own header
        "minutes": minutes,
        "failure_limit": settings.AXES_FAILURE_LIMIT,
    }
    return render(request, "admin/locked_out.html", context, status=429)


def keep_alive(request):
    """Pinged by a change form while its editor types, so that the idle
    timeout does not sign out someone at work; says when the session has
    ended anyway, so that the form can warn before its text is sent to the
    login page (an answer, not an error: the page is working as meant)."""
    user = request.user
    response = JsonResponse({"signed_in": user.is_authenticated and user.is_staff})
    patch_cache_control(response, private=True, no_store=True)
    return response
