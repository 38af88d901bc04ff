"""The demo's team: one account per role, so a person can try the roles (docs/editorial.md,
"Trying the roles in the demo"). Refused in production, like ensure_admin."""

from __future__ import annotations

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from sitrep.accounts.actions import do_confirm_totp_device, do_start_totp_device
from sitrep.accounts.second_factor import secret_for_typing
from sitrep.editorial import roles
from sitrep.editorial.actions import do_ensure_editorial_roles

TEAM = {
    "analyst": roles.ANALYST,
    "editor": roles.EDITOR,
    "translator": roles.TRANSLATOR,
    "audience": roles.AUDIENCE_ADMIN,
}


class Command(BaseCommand):
    help = (
        "Create the demo's accounts, one per role (analyst, editor, translator, audience), with "
        "a second factor, and print how to sign in. Refused in production."
    )

    def handle(self, *args, **options):
        if settings.ENVIRONMENT == "production":
            raise CommandError(
                "ensure_demo_team makes the demo's accounts and is refused when "
                "SITREP_ENVIRONMENT=production (docs/editorial.md, Roles)."
            )
        do_ensure_editorial_roles()
        password_file = settings.VAR_DIR / "demo-team-password.txt"
        password = os.environ.get("SITREP_DEMO_TEAM_PASSWORD") or (
            password_file.read_text().strip() if password_file.exists() else ""
        )
        if not password:
            password = secrets.token_urlsafe(12)
            password_file.parent.mkdir(parents=True, exist_ok=True)
            password_file.write_text(password + "\n")
            password_file.chmod(0o600)
        user_model = get_user_model()
        self.stdout.write(
            f"Demo team (one account per role; demo only) at {settings.SITE_URL}/admin/, "
            f"password for each: {password}"
        )
        for username, role_name in TEAM.items():
            user = user_model.objects.filter(username=username).first()
            if user is None:
                user = user_model.objects.create_user(
                    username, f"{username}@localhost", password, first_name=username.title()
                )
            else:
                user.set_password(password)
                user.save(update_fields=["password"])
            user.groups.add(Group.objects.get(name=role_name))
            device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
            if device is None:
                do_confirm_totp_device(do_start_totp_device(user))
                device = TOTPDevice.objects.get(user=user, confirmed=True)
            code = (
                StaticToken.objects.filter(device__user=user)
                .values_list("token", flat=True)
                .first()
            )
            self.stdout.write(
                f"  {username:<11} {role_name:<15} key {secret_for_typing(device)}"
                f"  or recovery code {code or '(none left)'}"
            )
