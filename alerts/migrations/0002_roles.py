from django.db import migrations

from embassy.roles import grant_codenames, grant_group

# Whoever tells visitors the news, or keeps the site around it, may have to
# warn them at once.
EDITORS = ("Press officers", "Site editors")


def grant(apps, schema_editor):
    for group in EDITORS:
        grant_group(apps, group, {"alerts": ["alert"]})
    # As for every text: change and view, for taking one off the site.
    grant_codenames(apps, "Reviewers", "alerts", ["change_alert", "view_alert"])


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="alerts")
    for group in Group.objects.filter(name__in=[*EDITORS, "Reviewers"]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0001_alerts"),
        ("news", "0012_reviewers_group"),
        ("pages", "0011_reviewers_group"),
        ("embassy", "0009_reviewers_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
