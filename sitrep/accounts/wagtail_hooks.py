from django.urls import path
from wagtail import hooks

from sitrep.accounts import views


@hooks.register("register_admin_urls")
def register_second_factor_urls():
    return [
        path("second-factor/set-up/", views.setup, name="sitrep_accounts_setup"),
        path("second-factor/verify/", views.verify, name="sitrep_accounts_verify"),
    ]
