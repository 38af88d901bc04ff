from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "sitrep.newsletter"
    label = "newsletter"
    verbose_name = "Newsletter"
