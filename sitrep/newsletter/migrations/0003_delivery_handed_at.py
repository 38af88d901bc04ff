from django.db import migrations, models
from django.db.models import F


def mark_existing_as_maybe_handed(apps, schema_editor):
    # Rows written before the mark existed cannot prove they were never handed over: treat
    # them as possibly delivered, so "re-send those never handed over" leaves them alone.
    Delivery = apps.get_model("newsletter", "Delivery")
    Delivery.objects.filter(status__in=["unknown", "sending", "sent"]).update(
        handed_at=F("updated_at")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0002_campaign_started_by"),
    ]

    operations = [
        migrations.AddField(
            model_name="delivery",
            name="handed_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.RunPython(mark_existing_as_maybe_handed, migrations.RunPython.noop),
    ]
