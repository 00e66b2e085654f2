"""Benchmark of site search on PostgreSQL, with many articles.

    .venv/bin/python bench/search.py [articles] [--keep]

Makes a throwaway database (embassy_bench_search on the server that
DATABASE_URL names, by default postgres://postgres@127.0.0.1:5432/) with
this many articles (100,000 by default) in English, Russian and Uzbek,
then times a results page through the search engine (embassy/search.py):
the search and the first page's items with their snippets. Each query is
run many times and its median and 99th percentile are printed, beside a
one-row primary-key lookup timed the same way, as a ratio that does not
drift with the machine's load (printed too). With --keep the database is
left in place, to look at the plans (EXPLAIN ANALYZE) in psql.
"""

import datetime
import itertools
import os
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
server = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/")
parts = urlsplit(server)
DATABASE = "embassy_bench_search"
os.environ.update(
    DJANGO_SETTINGS_MODULE="embassy.settings.base",
    DATABASE_URL=urlunsplit(parts._replace(path=f"/{DATABASE}")),
    DEBUG="false",
)

import django  # noqa: E402
import psycopg  # noqa: E402

admin_url = urlunsplit(parts._replace(path="/postgres"))
with psycopg.connect(admin_url, autocommit=True) as admin:
    admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    admin.execute(f"CREATE DATABASE {DATABASE}")

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

from embassy.publishing import Status  # noqa: E402
from embassy.search import add_snippets, search  # noqa: E402
from news.models import Article, Category  # noqa: E402

WORDS = {
    "en": "meeting council human rights cooperation delegation mission geneva "
    "investment tourism reform constitution statement session agenda health "
    "trade energy water climate education culture youth women development".split(),
    "ru": "встреча совет права человека сотрудничество делегация миссия женева "
    "инвестиции туризм реформа конституция заявление сессия повестка здоровье "
    "торговля энергетика вода климат образование культура молодёжь развитие".split(),
    "uz": "uchrashuv kengash inson huquqlari hamkorlik delegatsiya vakolatxona "
    "jeneva investitsiya turizm islohot konstitutsiya bayonot sessiya "
    "kun tartibi sogʻliq savdo energetika suv iqlim taʼlim madaniyat yoshlar".split(),
}
QUERIES = [
    ("one word", "en", "cooperation"),
    ("three words", "en", "human rights council"),
    ("prefix", "en", "constit"),
    ("Russian", "ru", "встречи"),
    ("Uzbek", "uz", "sogliq"),
]
HOSTILE = [
    "x" * 10_000,
    "' OR 1=1; --",
    "a & b | !c <-> d:*",
    '"unbalanced',
    "!!! ???",
    "nul\x00byte",
]


# The texts follow Zipf's law, as real text does: the n-th most frequent
# word is n times rarer than the first. The topical words above sit among
# the 100 most frequent of 5,000 (the rest made-up words), so that a query
# for one of them matches about a third of the articles: a hard case.
VOCABULARY_SIZE = 5000
SYLLABLES = {
    "en": "ba ce di fo gu ka le mi no pu ra se ti vo wu".split(),
    "ru": "ба ве ди зо ку ла ме ни по ру са те ви жо чу".split(),
    "uz": "ba ve di zo ku la me ni po ru sa te vi jo chu".split(),
}


def vocabulary(rng, language):
    made = set()
    while len(made) < VOCABULARY_SIZE - len(WORDS[language]):
        made.add("".join(rng.choice(SYLLABLES[language]) for _ in range(4)))
    words = sorted(made)
    rng.shuffle(words)
    for position, word in enumerate(WORDS[language]):
        words.insert(20 + position * 3, word)
    return words


def sentence(rng, words, weights, length):
    return " ".join(rng.choices(words, cum_weights=weights, k=length))


def make_articles(count):
    rng = random.Random(1)
    category = Category.objects.create(name_en="News", slug="news-bench")
    now = timezone.now()
    vocabularies = {language: vocabulary(rng, language) for language in WORDS}
    weights = list(itertools.accumulate(1 / n for n in range(1, VOCABULARY_SIZE + 1)))
    batch = []
    for number in range(count):
        fields = {}
        for language, words in vocabularies.items():
            fields[f"title_{language}"] = sentence(rng, words, weights, 6).capitalize()
            fields[f"summary_{language}"] = sentence(rng, words, weights, 20)
            paragraphs = [sentence(rng, words, weights, 60) for _ in range(3)]
            fields[f"body_{language}"] = "".join(f"<p>{p}</p>" for p in paragraphs)
        batch.append(
            Article(
                slug=f"article-{number}",
                category=category,
                status=Status.PUBLISHED,
                publish_at=now - datetime.timedelta(minutes=number),
                **fields,
            )
        )
        if len(batch) == 2000:
            Article.objects.bulk_create(batch)
            batch = []
    Article.objects.bulk_create(batch)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE news_article")


def results_page(text, language):
    """What the search page does: find, then read the first page of
    results with their snippets."""
    hits = search(text, language)
    add_snippets(hits[:10], text, language)
    return len(hits)


def timed(function, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99) - 1]


def main():
    numbers = [argument for argument in sys.argv[1:] if argument.isdigit()]
    count = int(numbers[0]) if numbers else 100_000
    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    make_articles(count)
    print(f"{count} articles made in {time.perf_counter() - start:.0f} s")
    first = Article.objects.values_list("pk", flat=True).first()
    base_median, base_p99 = timed(lambda: list(Article.objects.filter(pk=first)), 200)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    lookup = "primary-key lookup"
    print(f"{lookup:<24} median {base_median:6.2f} ms  p99 {base_p99:6.2f} ms")
    rows = [(name, language, query) for name, language, query in QUERIES]
    rows += [(f"hostile {i + 1}", "en", query) for i, query in enumerate(HOSTILE)]
    for name, language, query in rows:
        with translation.override(language):
            hits = results_page(query, language)
            median, p99 = timed(
                lambda q=query, lang=language: results_page(q, lang), 100
            )
        print(
            f"{name:<24} median {median:6.2f} ms  p99 {p99:6.2f} ms  "
            f"({median / base_median:5.1f}× the lookup)  {hits} results"
        )


if __name__ == "__main__":
    try:
        main()
    finally:
        connection.close()
        if "--keep" not in sys.argv:
            with psycopg.connect(admin_url, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
