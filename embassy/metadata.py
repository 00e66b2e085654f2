"""What search engines and link previews read of a page: its canonical
address and its language versions, a short description, and schema.org
data. The apps say what their pages are; this module only knows how such
things are written. Shown by the tags of embassy/templatetags/embassy.py.
"""

import html
import json
import re

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import strip_tags

# Added to links by newsletters, ads and social networks: they change
# nothing on the page, so the canonical address leaves them out.
TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMETERS = frozenset(
    {"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid"}
    | {"mc_cid", "mc_eid", "_ga", "_gl", "ref_src"}
)

DESCRIPTION_LENGTH = 160

_BLOCK_TAG = re.compile(
    r"</?(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure"
    r"|h[1-6]|hr|li|ol|p|pre|section|table|td|th|tr|ul)\b",
    re.IGNORECASE,
)

# Open Graph names a locale with its territory; the site's languages as
# spoken where the mission's visitors are.
OPEN_GRAPH_LOCALES = {"en": "en_GB", "ru": "ru_RU", "uz": "uz_UZ"}

# What ends a <script> element or opens a comment in it, written as JSON
# escapes that mean the same characters (as Django's json_script does).
_SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def is_tracking(name):
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def canonical_query(query, drop=()):
    """The query string of the page's canonical address: without tracking
    parameters, without ``page=1`` (the list's first page is the list), and
    without the parameters in ``drop``, which the path already says."""
    kept = query.copy()
    for name in list(kept):
        if is_tracking(name) or name in drop:
            del kept[name]
    if kept.getlist("page") == ["1"]:
        del kept["page"]
    return kept.urlencode()


def in_language(path, current, code):
    """``path`` of a page in ``current``'s prefix, in ``code``'s; None for
    an address outside the language prefixes."""
    prefix = f"/{current}/"
    if not path.startswith(prefix):
        return None
    return f"/{code}/{path[len(prefix) :]}"


def plain_text(markup):
    """Rich text as the words a reader sees: without tags, with entities
    read, on one line. A block's end parts words as a line break does; an
    inline element (``<em>``) does not."""
    spaced = _BLOCK_TAG.sub(r" \g<0>", markup or "")
    return " ".join(html.unescape(strip_tags(spaced)).split())


def shorten(text, length=DESCRIPTION_LENGTH):
    """``text`` cut at a word so that it fits in ``length`` characters, as
    search engines show a description."""
    text = " ".join(str(text).split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-–—") + "…"


def breadcrumb_list(trail):
    """schema.org's BreadcrumbList of ``trail``, (name, absolute address)
    pairs from the home page to the page itself."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": str(name), "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def json_for_script(data):
    """``data`` as JSON that a <script> element holds safely: no text in it,
    a title with ``</script>`` included, can end the element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return text.translate(_SCRIPT_SAFE)


def without_blanks(data):
    """A schema.org object without its empty values: an empty property says
    something false ("no name") where a missing one says nothing."""
    return {key: value for key, value in data.items() if value not in ("", None, [])}
