from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "sitrep.newsletter"
    label = "newsletter"
    verbose_name = "Newsletter"

    def ready(self) -> None:
        # Signal receivers: ESP bounce/complaint webhooks (anymail's tracking signal) and the
        # optional send-on-publish (NEWSLETTER["SEND_ON_PUBLISH"]).
        from . import signals, webhooks  # noqa: F401
