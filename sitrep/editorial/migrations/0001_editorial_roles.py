"""The editorial roles (groups), their permissions and the review workflow (docs/editorial.md).

Permissions are created first: on a new database Django would only create them after the last
migration, and the groups need them now.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_roles(apps, schema_editor):
    from sitrep.editorial.actions import do_ensure_editorial_roles, do_remove_wagtail_default_roles

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    do_remove_wagtail_default_roles(apps)
    do_ensure_editorial_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("publishing", "0003_article_body_block_labels"),
        ("newsletter", "0004_signuprequest"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
