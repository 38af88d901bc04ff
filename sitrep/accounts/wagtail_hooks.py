from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from sitrep.accounts import views


@hooks.register("register_admin_urls")
def register_second_factor_urls():
    return [
        path("second-factor/set-up/", views.setup, name="sitrep_accounts_setup"),
        path("second-factor/verify/", views.verify, name="sitrep_accounts_verify"),
        path(
            "second-factor/passkeys/added/",
            views.passkey_added,
            name="sitrep_accounts_passkey_added",
        ),
        path(
            "second-factor/passkeys/<int:passkey_id>/remove/",
            views.remove_passkey,
            name="sitrep_accounts_remove_passkey",
        ),
        # django-otp-webauthn's JSON endpoints, inside the admin: Wagtail refuses anyone who may
        # not enter it, and our middleware lets only these through before the second factor.
        path(
            "second-factor/webauthn/", include("django_otp_webauthn.urls", namespace="otp_webauthn")
        ),
    ]


@hooks.register("register_account_menu_item")
def second_factor_menu_item(request):
    return {
        "url": reverse("sitrep_accounts_setup"),
        "label": _("Two-factor authentication"),
        "help_text": _("Add or remove a passkey or an authenticator app."),
    }
