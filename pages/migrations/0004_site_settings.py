"""The site settings belong to pages, which shows them and whose Site
editors keep them: the model moves here with its rows, its permissions and
the groups that hold them."""

import embassy.images
import embassy.links
from django.db import migrations, models

from embassy.roles import grant_group


def move_content_type(apps, schema_editor, old, new):
    ContentType = apps.get_model("contenttypes", "ContentType")
    # A content type made for the new place before this ran holds nothing.
    ContentType.objects.filter(app_label=new, model="sitesettings").delete()
    ContentType.objects.filter(app_label=old, model="sitesettings").update(
        app_label=new
    )


def forwards(apps, schema_editor):
    # An existing database keeps the permissions and the groups that hold
    # them; a new one gets them here.
    move_content_type(apps, schema_editor, "embassy", "pages")
    grant_site_settings(apps, schema_editor)


def grant_site_settings(apps, schema_editor):
    grant_group(apps, "Site editors", {"pages": ["sitesettings"]})


def backwards(apps, schema_editor):
    move_content_type(apps, schema_editor, "pages", "embassy")


class Migration(migrations.Migration):

    dependencies = [
        ("pages", "0003_menu_item_names"),
        ("embassy", "0001_initial"),
        ("pages", "0002_site_editors_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.CreateModel(
                name='SiteSettings',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('mission_name', models.CharField(blank=True, help_text='The full name, shown in the header of every page.', max_length=250, verbose_name="mission's name")),
                    ('mission_name_en', models.CharField(blank=True, help_text='The full name, shown in the header of every page.', max_length=250, null=True, verbose_name="mission's name")),
                    ('mission_name_ru', models.CharField(blank=True, help_text='The full name, shown in the header of every page.', max_length=250, null=True, verbose_name="mission's name")),
                    ('mission_name_uz', models.CharField(blank=True, help_text='The full name, shown in the header of every page.', max_length=250, null=True, verbose_name="mission's name")),
                    ('emblem', embassy.images.ImageField(blank=True, formats=('PNG', 'WEBP'), help_text='Optional: a square PNG or WebP picture with a transparent background. Without one, the site shows its placeholder.', upload_to='site/', verbose_name='emblem')),
                    ('address', models.TextField(blank=True, help_text='As on a letter.', verbose_name='address')),
                    ('address_en', models.TextField(blank=True, help_text='As on a letter.', null=True, verbose_name='address')),
                    ('address_ru', models.TextField(blank=True, help_text='As on a letter.', null=True, verbose_name='address')),
                    ('address_uz', models.TextField(blank=True, help_text='As on a letter.', null=True, verbose_name='address')),
                    ('phones', models.CharField(blank=True, help_text='With the country code, separated by commas.', max_length=200, verbose_name='telephone numbers')),
                    ('email', models.EmailField(blank=True, max_length=254, verbose_name='email address')),
                    ('opening_hours', models.TextField(blank=True, help_text='One line per day or group of days.', verbose_name='opening hours')),
                    ('opening_hours_en', models.TextField(blank=True, help_text='One line per day or group of days.', null=True, verbose_name='opening hours')),
                    ('opening_hours_ru', models.TextField(blank=True, help_text='One line per day or group of days.', null=True, verbose_name='opening hours')),
                    ('opening_hours_uz', models.TextField(blank=True, help_text='One line per day or group of days.', null=True, verbose_name='opening hours')),
                    ('facebook', models.URLField(blank=True, verbose_name='Facebook page')),
                    ('x', models.URLField(blank=True, verbose_name='X (Twitter) account')),
                    ('telegram', models.URLField(blank=True, verbose_name='Telegram channel')),
                    ('instagram', models.URLField(blank=True, verbose_name='Instagram account')),
                    ('youtube', models.URLField(blank=True, verbose_name='YouTube channel')),
                    ('year_theme', models.CharField(blank=True, help_text="The year's national theme, e.g. “Year of Environmental Protection and the Green Economy”. Leave empty to hide the banner.", max_length=250, verbose_name='theme of the year')),
                    ('year_theme_en', models.CharField(blank=True, help_text="The year's national theme, e.g. “Year of Environmental Protection and the Green Economy”. Leave empty to hide the banner.", max_length=250, null=True, verbose_name='theme of the year')),
                    ('year_theme_ru', models.CharField(blank=True, help_text="The year's national theme, e.g. “Year of Environmental Protection and the Green Economy”. Leave empty to hide the banner.", max_length=250, null=True, verbose_name='theme of the year')),
                    ('year_theme_uz', models.CharField(blank=True, help_text="The year's national theme, e.g. “Year of Environmental Protection and the Green Economy”. Leave empty to hide the banner.", max_length=250, null=True, verbose_name='theme of the year')),
                    ('year_theme_text', models.CharField(blank=True, help_text='Optional: one sentence shown under the theme.', max_length=300, verbose_name="theme's sentence")),
                    ('year_theme_text_en', models.CharField(blank=True, help_text='Optional: one sentence shown under the theme.', max_length=300, null=True, verbose_name="theme's sentence")),
                    ('year_theme_text_ru', models.CharField(blank=True, help_text='Optional: one sentence shown under the theme.', max_length=300, null=True, verbose_name="theme's sentence")),
                    ('year_theme_text_uz', models.CharField(blank=True, help_text='Optional: one sentence shown under the theme.', max_length=300, null=True, verbose_name="theme's sentence")),
                    ('year_theme_image', embassy.images.ImageField(blank=True, help_text='Optional: a picture for the banner (JPEG, PNG or WebP).', upload_to='site/', verbose_name="theme's picture")),
                    ('year_theme_link', embassy.links.LinkField(blank=True, help_text='Optional: where the banner leads: a full address, or a path on this site without the language, such as /about-uzbekistan/.', max_length=300, verbose_name="theme's link")),
                ],
                options={
                    'verbose_name': 'site settings',
                    'verbose_name_plural': 'site settings',
                    'db_table': 'embassy_sitesettings',
                },
            ),
            ],
        ),
        migrations.AlterModelTable(name="sitesettings", table=None),
        migrations.RunPython(forwards, backwards),
    ]
