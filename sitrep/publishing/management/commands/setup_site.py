from django.core.management.base import BaseCommand

from sitrep.core.actions import do_ensure_publication_settings
from sitrep.publishing.actions import do_ensure_site_structure


class Command(BaseCommand):
    help = (
        "Create the locales, the home page per language, the issue archive and the "
        "publication's name in each language (idempotent)."
    )

    def handle(self, *args, **options):
        home = do_ensure_site_structure()
        do_ensure_publication_settings()
        self.stdout.write(f"Site structure ready (home page id {home.id}).")
