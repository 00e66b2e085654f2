"""The site settings leave the kernel: another app takes the model, its
table and its rows (in its own migration); here it only leaves the state."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("embassy", "0002_text_images"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="SiteSettings")],
        ),
    ]
