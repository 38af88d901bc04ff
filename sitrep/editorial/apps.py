from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "sitrep.editorial"
    label = "editorial"
    verbose_name = "Editorial roles and review"

    def ready(self) -> None:
        from . import guards, signal_handlers  # noqa: F401

        guards.install()
