from django.core.management.base import BaseCommand

from sitrep.publishing.actions import do_ensure_site_structure


class Command(BaseCommand):
    help = "Create the locales, the home page per language and the issue archive (idempotent)."

    def handle(self, *args, **options):
        home = do_ensure_site_structure()
        self.stdout.write(f"Site structure ready (home page id {home.id}).")
