"""Links that editors type: a full address, or a path on this site."""

import pytest
from django.core.exceptions import ValidationError

from embassy.links import LinkField, is_external, localize_link

# A browser drops tabs and newlines: each of these is "//evil.example/".
ANOTHER_SITE = ["/\t/evil.example/", "/\n/evil.example/", "/\r/evil.example/"]


@pytest.mark.parametrize("link", ANOTHER_SITE)
def test_link_field_refuses_a_path_that_browsers_read_as_another_site(link):
    with pytest.raises(ValidationError, match="Enter a full address"):
        LinkField().clean(link, None)


@pytest.mark.parametrize("link", ANOTHER_SITE)
def test_a_path_that_browsers_read_as_another_site_is_shown_as_external(link):
    assert is_external(link)
    assert localize_link(link) == link


def test_a_site_path_gets_the_visitors_language():
    assert LinkField().clean("/mission/", None) == "/mission/"
    assert not is_external("/mission/")
    assert localize_link("/mission/") == "/en/mission/"


def test_a_site_path_with_a_language_is_refused_however_it_is_written():
    with pytest.raises(ValidationError, match="Leave out the language"):
        LinkField().clean("/%65n/mission/", None)
