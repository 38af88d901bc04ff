import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the 'admin' superuser if missing and print how to log in."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        user_model = get_user_model()
        password_file = settings.VAR_DIR / "admin-password.txt"
        password = os.environ.get("SITREP_ADMIN_PASSWORD")
        user = user_model.objects.filter(username=username).first()
        if user is None:
            password = password or secrets.token_urlsafe(12)
            user_model.objects.create_superuser(username, "admin@localhost", password)
            if not os.environ.get("SITREP_ADMIN_PASSWORD"):
                password_file.parent.mkdir(parents=True, exist_ok=True)
                password_file.write_text(password + "\n")
                password_file.chmod(0o600)
        elif password:
            user.set_password(password)
            user.save(update_fields=["password"])
        elif password_file.exists():
            password = password_file.read_text().strip()
        shown = password or "(unchanged; set SITREP_ADMIN_PASSWORD to reset it)"
        self.stdout.write(
            f"Admin login: {settings.SITE_URL}/admin/  user: {username}  password: {shown}"
        )
