from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "sitrep.newsletter"
    label = "newsletter"
    verbose_name = "Newsletter"

    def ready(self) -> None:
        # Signal receivers: ESP reports (anymail's tracking and inbound signals) and the
        # optional send-on-publish (NEWSLETTER["SEND_ON_PUBLISH"]).
        from . import conf, signal_handlers  # noqa: F401
