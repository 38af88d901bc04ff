from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "sitrep.api"
    label = "sitrep_api"
    verbose_name = "Read API"
