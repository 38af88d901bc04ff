from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "sitrep.accounts"
    label = "sitrep_accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from sitrep.accounts import signals  # noqa: F401  (connects the receivers)
