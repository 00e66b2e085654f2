"""The position editors give an item among its kind, one definition for all."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Orderable(models.Model):
    """An item that editors place by a number. A model that sorts ties
    otherwise (by date, by name) extends ``Orderable.Meta``; the default
    breaks ties by creation, so a list never changes order between visits."""

    order = models.PositiveIntegerField(
        _("order"), default=0, help_text=_("Smaller numbers come first.")
    )

    class Meta:
        abstract = True
        ordering = ["order", "pk"]
