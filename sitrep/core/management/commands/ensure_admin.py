import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from sitrep.accounts.actions import do_confirm_totp_device, do_start_totp_device
from sitrep.accounts.second_factor import secret_for_typing


class Command(BaseCommand):
    help = (
        "Create the demo 'admin' superuser if missing and print how to log in, second factor "
        "included. Refused in production: a deployment has no default accounts."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        if settings.ENVIRONMENT == "production":
            raise CommandError(
                "ensure_admin makes the demo's default account and is refused when "
                "SITREP_ENVIRONMENT=production; create real accounts with "
                "`manage.py createsuperuser` (docs/editorial.md, Accounts)."
            )
        user_model = get_user_model()
        password_file = settings.VAR_DIR / "admin-password.txt"
        password = os.environ.get("SITREP_ADMIN_PASSWORD")
        user = user_model.objects.filter(username=username).first()
        if user is None:
            password = password or secrets.token_urlsafe(12)
            user = user_model.objects.create_superuser(username, "admin@localhost", password)
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
        self.show_second_factor(user)

    def show_second_factor(self, user) -> None:
        """The demo admin, like every admin account, needs a second factor: it gets an
        authenticator key and recovery codes, and the demo prints both."""
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is None:
            device = do_start_totp_device(user)
            do_confirm_totp_device(device)
        code = StaticToken.objects.filter(device__user=user).values_list("token", flat=True)
        recovery = code.first()
        self.stdout.write(
            f"Second factor for {user.get_username()}: add this key to an authenticator app: "
            f"{secret_for_typing(device)}\n  ({device.config_url})\n"
            f"  or sign in once with the recovery code: {recovery or '(none left)'}"
        )
