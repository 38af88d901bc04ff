"""Remove executable HTML from rich text stored before it was sanitised on save."""

from django.db import migrations


def sanitise(apps, schema_editor):
    from sitrep.core.rich_text_storage import do_sanitise_stored_rich_text

    do_sanitise_stored_rich_text([apps.get_model("publishing", "ArticlePage")])


class Migration(migrations.Migration):
    dependencies = [("publishing", "0001_initial")]

    operations = [migrations.RunPython(sanitise, migrations.RunPython.noop, elidable=True)]
