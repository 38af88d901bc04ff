from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from sitrep.discovery import views as discovery_views
from sitrep.newsletter.webhooks import esp_webhook_urlpatterns

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # ESP bounce and complaint webhooks (anymail's tracking signal, handled in the newsletter);
    # 404 unless EMAIL_BACKEND is that ESP's and its webhook is configured.
    path("anymail/", include((esp_webhook_urlpatterns(), "anymail"))),
    path("sitemap.xml", discovery_views.sitemap, name="sitemap"),
    path("robots.txt", discovery_views.robots, name="robots"),
    path("api/v1/", include("sitrep.api.urls")),
]

if settings.SERVE_MEDIA:
    urlpatterns.append(
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )

urlpatterns += i18n_patterns(
    path("newsletter/", include("sitrep.newsletter.urls")),
    path("trends/", include("sitrep.trends.urls")),
    path("", include("sitrep.discovery.urls")),
    path("search/", include("sitrep.search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
