from django.apps import AppConfig


class DiscoveryConfig(AppConfig):
    """How readers and machines find the publication: feeds, sitemap, robots, link previews."""

    name = "sitrep.discovery"
    label = "discovery"
    verbose_name = "Feeds, sitemap and link previews"
