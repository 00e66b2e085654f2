from django.db import migrations

from embassy.roles import grant_group

# Site editors keep the site around the news, the guides with it; reviewers
# publish or send back a guide submitted for review, as every text.
EDITORS = "Site editors"
REVIEWERS = "Reviewers"


def grant(apps, schema_editor):
    grant_group(
        apps, EDITORS, {"consular": ["guide", "requireddocument", "fee", "guideform"]}
    )
    grant_group(apps, REVIEWERS, {"consular": ["guide"]}, actions=("view", "change"))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="consular")
    for group in Group.objects.filter(name__in=[EDITORS, REVIEWERS]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("consular", "0002_search"),
        ("pages", "0011_reviewers_group"),
        ("embassy", "0009_reviewers_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
