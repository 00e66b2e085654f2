"""Run by test_backup.py in a site's own process: what every public page
shows, and whether every file a row names is there, as JSON."""

import hashlib
import json
import re
import sys

from django.test import Client

from embassy.sweep import stored_files
from gallery.models import Album
from news.models import Article, Category
from pages.models import Page

# What differs between two renderings of the same content.
PER_RESPONSE = re.compile(r'(nonce|value)="[^"]*"')

urls = ["/en/", "/ru/", "/uz/", "/en/news/", "/en/gallery/", "/en/links/"]
for model in (Article, Page, Album):
    urls += [item.get_absolute_url() for item in model.objects.live()]
urls += [category.get_absolute_url() for category in Category.objects.visible()]
client = Client(headers={"host": "localhost"})
pages = {}
for url in urls:
    response = client.get(url)
    body = PER_RESPONSE.sub("", response.content.decode())
    pages[url] = [response.status_code, hashlib.sha256(body.encode()).hexdigest()]
stored, _ = stored_files()
missing = sorted(str(file) for file in stored if not file.storage.exists(file.name))
sys.stdout.write(
    json.dumps({"pages": pages, "files": len(stored), "missing": missing}) + "\n"
)
