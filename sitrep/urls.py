"""Every URL: the editors' admin, the API and the ESP webhooks, then what readers reach
(sitrep/public_urls.py, the URLconf readers' requests use)."""

from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls

from sitrep import public_urls
from sitrep.newsletter.webhooks import esp_webhook_urlpatterns

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # ESP bounce and complaint webhooks (anymail's tracking signal, handled in the newsletter);
    # 404 unless EMAIL_BACKEND is that ESP's and its webhook is configured.
    path("anymail/", include((esp_webhook_urlpatterns(), "anymail"))),
    path("api/v1/", include("sitrep.api.urls")),
    *public_urls.urlpatterns,
]
