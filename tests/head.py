"""What a page's <head> tells search engines and link previews, read with
an HTML parser as they read it."""

import json
from html.parser import HTMLParser


class Head(HTMLParser):
    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.meta = {}  # name or property: every content, in order
        self.links = []  # attributes of each <link>
        self.json_ld = []  # each JSON-LD script, parsed
        self.script_attrs = []  # attributes of each JSON-LD script
        self._in = None
        self._text = ""
        self.feed(html.split("</head>")[0])
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("name") or attrs.get("property")
            if key:
                self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "title" or (
            tag == "script" and attrs.get("type") == "application/ld+json"
        ):
            self._in, self._text = tag, ""
            if tag == "script":
                self.script_attrs.append(attrs)

    def handle_data(self, data):
        if self._in:
            self._text += data

    def handle_endtag(self, tag):
        if tag != self._in:
            return
        if tag == "title":
            self.title = self._text
        else:
            self.json_ld.append(json.loads(self._text))
        self._in = None

    def one(self, key):
        """The content of the only <meta> named ``key``."""
        values = self.meta.get(key, [])
        assert len(values) == 1, (key, values)
        return values[0]

    def canonicals(self):
        return [link["href"] for link in self.links if link.get("rel") == "canonical"]

    def hreflangs(self):
        return {
            link["hreflang"]: link["href"]
            for link in self.links
            if link.get("rel") == "alternate" and "hreflang" in link
        }

    def of_type(self, schema_type):
        found = [data for data in self.json_ld if data.get("@type") == schema_type]
        assert len(found) == 1, (schema_type, self.json_ld)
        return found[0]


def head(client, url, status=200, **query):
    response = client.get(url, query)
    assert response.status_code == status, url
    return Head(response.content.decode())
