"""The admin site: with TWO_FACTOR_REQUIRED (always in production), staff
sign in with a code from an authenticator app, or one of their backup
codes, besides their password, and only a session so verified is let in
(django-otp). Without it, as on the try-out site, the password alone signs
in. ``manage.py enrol_two_factor`` gives a member of staff their codes.
The admin's pages allow the style attributes the rich-text editor needs,
its shortcut to an item's public address answers only its editors, and a
page shows how much of each content type is translated (embassy.freshness)."""

from django.conf import settings
from django.contrib.admin import AdminSite
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.admin.utils import quote, unquote
from django.contrib.auth.signals import user_login_failed
from django.contrib.contenttypes import views as contenttype_views
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csp import csp_override
from django_otp.admin import OTPAdminAuthenticationForm, OTPAdminSite
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import freshness, review

# One answer for a wrong user name, password or code: which one was wrong
# would tell a guesser that the password was right.
INVALID = _(
    "Please enter the correct user name, password and code of a staff "
    "account. Note that each may be case-sensitive."
)


class TwoFactorAuthenticationForm(OTPAdminAuthenticationForm):
    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "invalid_login": INVALID,
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["otp_token"].label = _("Code")
        self.fields["otp_token"].help_text = _(
            "Six digits from your authenticator app, or one of your backup codes."
        )
        self.fields["otp_token"].widget.attrs.update(autocomplete="one-time-code")

    def clean(self):
        # Without a code no password is checked: nothing to learn from it.
        if not self.data.get("otp_token", "").strip():
            raise self.get_invalid_login_error()
        try:
            return super().clean()
        except ValidationError:
            if self.user_cache is not None:
                # The password was right and the code was not: a failure
                # for the lockout too, and the same answer as any other.
                user_login_failed.send(
                    sender=__name__,
                    credentials={"username": self.cleaned_data.get("username")},
                    request=self.request,
                )
            raise self.get_invalid_login_error() from None

    def _chosen_device(self, user):
        """The device the code comes from: the authenticator app for six
        digits, the backup codes otherwise."""
        token = self.cleaned_data.get("otp_token", "").strip()
        model = TOTPDevice if token.isdigit() and len(token) == 6 else StaticDevice
        # Locked while verified, as django-otp does: two requests at once
        # cannot both use one backup code, nor skip its delay after failures.
        devices = model.objects.select_for_update()
        return devices.filter(user=user, confirmed=True).first()

    def _update_form(self, user):
        # django-otp would offer a list of devices: the code field suffices.
        pass


class StaffAdminSite(OTPAdminSite):
    def __init__(self, name="admin"):
        super().__init__(name)

    @property
    def login_form(self):
        if settings.TWO_FACTOR_REQUIRED:
            return TwoFactorAuthenticationForm
        return AdminAuthenticationForm

    @property
    def login_template(self):
        if settings.TWO_FACTOR_REQUIRED:
            return "admin/login_two_factor.html"
        return None

    def admin_view(self, view, cacheable=False):
        return csp_override(settings.ADMIN_CSP)(super().admin_view(view, cacheable))

    def get_urls(self):
        urls = super().get_urls()
        for index, pattern in enumerate(urls):
            if getattr(pattern, "name", None) == "view_on_site":
                urls[index] = path(
                    "r/<int:content_type_id>/<path:object_id>/",
                    self.admin_view(self.view_on_site),
                    name="view_on_site",
                )
        return [
            path(
                "translations/",
                self.admin_view(self.translations_view),
                name="translations",
            ),
            path(
                "waiting-for-review/",
                self.admin_view(self.waiting_view),
                name="waiting_for_review",
            ),
            *urls,
        ]

    def waiting_view(self, request):
        """Every item waiting for review that the user may change."""
        context = {
            **self.each_context(request),
            "title": _("Waiting for review"),
            "required": review.required(),
            "entries": [
                (
                    item,
                    item._meta.verbose_name,
                    submission,
                    reverse(
                        f"{self.name}:{item._meta.app_label}_{item._meta.model_name}_change",
                        args=[quote(item.pk)],
                    ),
                )
                for item, submission in review.waiting(self, request)
            ],
        }
        request.current_app = self.name
        return TemplateResponse(request, "admin/embassy/waiting.html", context)

    def translations_view(self, request):
        return freshness.coverage_view(self, request)

    def view_on_site(self, request, content_type_id, object_id):
        """Django's shortcut to an item's public address, only for those who
        may change the item: a draft's or a scheduled item's address is not
        for every member of staff. Anyone else gets a 404, as for an item
        that does not exist."""
        try:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
        except ContentType.DoesNotExist:
            raise Http404 from None
        model_admin = self._registry.get(model)
        item = model_admin and model_admin.get_object(request, unquote(object_id))
        if item is None or not model_admin.has_change_permission(request, item):
            raise Http404
        return contenttype_views.shortcut(request, content_type_id, object_id)

    def has_permission(self, request):
        if settings.TWO_FACTOR_REQUIRED:
            return super().has_permission(request)
        return AdminSite.has_permission(self, request)
