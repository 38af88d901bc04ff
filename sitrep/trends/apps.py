from django.apps import AppConfig


class TrendsConfig(AppConfig):
    name = "sitrep.trends"
    label = "trends"
    verbose_name = "Trend monitor"

    def ready(self) -> None:
        # Content changes bump the generation that keys the cached SVG strips.
        from . import signal_handlers  # noqa: F401
