"""The sitemap as a search engine reads it: the index, then every file it
names, each checked against the sitemaps.org rules on the way."""

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
# sitemaps.org: at most 50,000 URLs in one file.
MOST_URLS = 50_000
ORIGIN = "http://testserver"


@dataclass
class Entry:
    lastmod: str | None
    alternates: dict


def fetch(client, url):
    """The XML root of ``url``, an absolute address on this site."""
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}" == ORIGIN, url
    response = client.get(parts.path, dict(parse_qsl(parts.query)))
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def files(client):
    """The addresses of the files that /sitemap.xml names."""
    root = fetch(client, f"{ORIGIN}/sitemap.xml")
    assert root.tag == f"{NS}sitemapindex"
    return [sitemap.findtext(f"{NS}loc") for sitemap in root.findall(f"{NS}sitemap")]


def urlset(client, url):
    """The entries of one file, by address."""
    root = fetch(client, url)
    assert root.tag == f"{NS}urlset"
    urls = root.findall(f"{NS}url")
    assert len(urls) <= MOST_URLS
    entries = {}
    for url_element in urls:
        loc = url_element.findtext(f"{NS}loc")
        assert loc.startswith(f"{ORIGIN}/"), f"{loc} is not absolute"
        assert loc not in entries, f"{loc} is listed twice"
        entries[loc] = Entry(
            lastmod=url_element.findtext(f"{NS}lastmod"),
            alternates={
                link.get("hreflang"): link.get("href")
                for link in url_element.findall(f"{XHTML}link")
                if link.get("rel") == "alternate"
            },
        )
    return entries


def sitemap(client):
    """Every entry of every file, by address."""
    entries = {}
    for url in files(client):
        section = urlset(client, url)
        assert not entries.keys() & section.keys()
        entries.update(section)
    return entries


def listed(client, pattern):
    """The paths listed that match the regular expression ``pattern``,
    sorted."""
    paths = (urlsplit(loc).path for loc in sitemap(client))
    return sorted(path for path in paths if re.fullmatch(pattern, path))
