from django.db import migrations

from embassy.roles import grant_group

# Site editors keep the site around the news: its contacts, its hours and
# the days it is closed.
GROUP = "Site editors"


def grant(apps, schema_editor):
    grant_group(apps, GROUP, {"offices": ["office", "hours", "closure"]})


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="offices")
    for group in Group.objects.filter(name=GROUP):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("offices", "0001_offices"),
        ("pages", "0011_reviewers_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
