from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "sitrep.publishing"
    label = "publishing"
    verbose_name = "Publishing"

    def ready(self) -> None:
        from . import signals  # noqa: F401
        from .translation_creator import install

        install()
