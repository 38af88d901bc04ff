"""/api/v1/: the ninja API, each view wrapped for CORS, caching and JSON errors (http.py), and
a JSON 404 for any other path under it."""

from django.urls import re_path

from .endpoints import api
from .http import api_view, not_found

patterns, app_name, namespace = api.urls
for pattern in patterns:
    pattern.callback = api_view(pattern.callback)

urlpatterns = [*patterns, re_path(r"^.*$", api_view(not_found))]
