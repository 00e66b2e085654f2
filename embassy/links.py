"""Links that editors type: a full web address, or a path on this site
without the language (``/about-uzbekistan/``), to which each visitor's
language is added when the link is shown.

``is_site_path`` is the one judgement of "a path on this site", for these
links and for the links and images of rich text alike."""

from urllib.parse import unquote

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

_web_address = URLValidator(schemes=["http", "https"])


# What a browser removes from an address before reading it (the URL
# Standard): tabs and newlines anywhere, C0 controls and spaces at the ends.
_REMOVED_ANYWHERE = str.maketrans("", "", "\t\n\r")
_STRIPPED_AT_THE_ENDS = "".join(chr(code) for code in range(0x21))


def as_browsers_read(value):
    """The address as a browser resolves it, %-escapes decoded as well: more
    than a browser decodes, so that nothing hides behind an escape."""
    return unquote(value).translate(_REMOVED_ANYWHERE).strip(_STRIPPED_AT_THE_ENDS)


def is_site_path(value):
    """A path on this site, as a browser will read it: not "//host" or
    "/\\host" (another site), with no backslash anywhere. A tab or a newline
    between the two slashes does not make "//host" a path: browsers drop it."""
    path = as_browsers_read(value)
    return path.startswith("/") and not path.startswith("//") and "\\" not in path


def validate_link(value):
    if is_site_path(value):
        language = as_browsers_read(value).split("/")[1]
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
    if value and is_site_path(value):
        return f"/{get_language()}{value}"
    return value


def is_external(value):
    return bool(value) and not is_site_path(value)


class LinkField(models.CharField):
    default_validators = [validate_link]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 300)
        super().__init__(*args, **kwargs)
