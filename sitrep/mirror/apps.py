from django.apps import AppConfig


class MirrorConfig(AppConfig):
    name = "sitrep.mirror"
    label = "mirror"
    verbose_name = "Static mirror"
