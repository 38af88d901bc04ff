from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "sitrep.search"
    label = "sitesearch"  # "search" is taken by wagtail.search
    verbose_name = "Search"

    def ready(self) -> None:
        from . import signal_handlers  # noqa: F401
