"""The position editors give an item among its kind, one definition for all."""

from django.db import models
from django.utils.translation import gettext_lazy as _


def order_field():
    return models.PositiveIntegerField(
        _("order"), default=0, help_text=_("Smaller numbers come first.")
    )
