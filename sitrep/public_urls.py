"""The URLs a reader reaches: the site in every language, its search, trends, newsletter pages,
feeds, sitemap, robots, documents and media. sitrep/urls.py adds the editors' admin, the API
and the ESP webhooks to these.

Readers' requests resolve here (sitrep/core/urlconf.py), so a web process that has served only
readers never imports the admin's URLconf or the API's (and its schemas; ~5 MiB per process,
docs/performance.md, "Memory of a web worker").
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.documents import urls as wagtaildocs_urls

from sitrep.discovery import views as discovery_views

urlpatterns = [
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", discovery_views.sitemap, name="sitemap"),
    path("robots.txt", discovery_views.robots, name="robots"),
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
