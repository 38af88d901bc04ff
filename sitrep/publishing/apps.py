from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "sitrep.publishing"
    label = "publishing"
    verbose_name = "Publishing"

    def ready(self) -> None:
        from . import admin_account, glance, signals, translation_creator  # noqa: F401

        translation_creator.install()
        admin_account.install()
        glance.install_explorer_column()
