"""Articles' long texts are stored apart from their rows on PostgreSQL, so
that a search for a common word stays fast (embassy/search.py)."""

from django.db import migrations

from embassy.search import narrow_rows_operation


class Migration(migrations.Migration):
    dependencies = [("news", "0005_search")]

    operations = [narrow_rows_operation("news_article")]
