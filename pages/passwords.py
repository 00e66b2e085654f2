"""Passwords the site refuses beyond Django's own rules (length, common
passwords, likeness to the user's names): those made of the site's names,
which an attacker tries first."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


class SiteNameValidator:
    """Refuses a password that is little more than the site's names (the
    mission, the country, "embassy"), digits and punctuation: "Embassy2026!",
    "uzbekistan-embassy", "embassy-admin". At least ``min_rest`` letters must
    remain once the names are taken out."""

    def __init__(self, names=(), min_rest=8):
        self.fixed_names = {name.lower() for name in names}
        self.min_rest = min_rest

    def names(self):
        from .models import SiteSettings

        texts = SiteSettings.objects.values_list(
            *(f"mission_name_{code}" for code, _name in settings.LANGUAGES)
        ).first()
        words = re.findall(r"[^\W\d_]{4,}", " ".join(filter(None, texts or ())).lower())
        return self.fixed_names | set(words)

    def validate(self, password, user=None):
        rest = password.lower()
        for name in sorted(self.names(), key=len, reverse=True):
            rest = rest.replace(name, "")
        # Only a password that holds a name: a random one may have few letters.
        holds_a_name = rest != password.lower()
        if holds_a_name and len(re.findall(r"[^\W\d_]", rest)) < self.min_rest:
            raise ValidationError(
                _(
                    "This password is mostly the name of the site or the "
                    "mission, which is tried first. Choose a passphrase of a "
                    "few unrelated words."
                ),
                code="password_site_name",
            )

    def get_help_text(self):
        return _("Your password cannot be made of the site’s or the mission’s name.")
