from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "sitrep.core"
    label = "core"

    def ready(self) -> None:
        from . import signal_handlers  # noqa: F401
