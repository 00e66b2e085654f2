"""Links that editors type: a full web address, or a path on this site
without the language (``/about-uzbekistan/``), to which each visitor's
language is added when the link is shown."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

_web_address = URLValidator(schemes=["http", "https"])


def _is_site_path(value):
    return value.startswith("/") and not value.startswith("//") and "\\" not in value


def validate_link(value):
    if _is_site_path(value):
        language = value.split("/")[1]
        if language in dict(settings.LANGUAGES):
            raise ValidationError(
                _(
                    "Leave out the language: each visitor's is added, so write "
                    "/mission/ rather than /%(language)s/mission/."
                ),
                params={"language": language},
                code="link_with_language",
            )
        return
    try:
        _web_address(value)
    except ValidationError:
        raise ValidationError(
            _(
                "Enter a full address starting with https:// or a path on this "
                "site starting with /, such as /about-uzbekistan/."
            ),
            code="invalid_link",
        ) from None


def localize_link(value):
    """The link as the visitor follows it: site paths get the language."""
    if value and _is_site_path(value):
        return f"/{get_language()}{value}"
    return value


def is_external(value):
    return bool(value) and not _is_site_path(value)


class LinkField(models.CharField):
    default_validators = [validate_link]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 300)
        super().__init__(*args, **kwargs)
