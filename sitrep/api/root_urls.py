"""The URLconf that middleware sees for API responses (http.py, `api_view`): the API alone,
without the site's language-prefixed patterns."""

from django.urls import include, path

urlpatterns = [path("api/v1/", include("sitrep.api.urls"))]
