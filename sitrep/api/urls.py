"""/api/v1/: the ninja API, each view wrapped for CORS, caching and JSON errors (http.py), and
a JSON 404 for any other path under it."""

from django.urls import re_path

from .endpoints import api
from .http import api_view, not_found

patterns, _app, namespace = api.urls
app_name = namespace  # reverse() of ninja's own views uses it
for pattern in patterns:
    pattern.callback = api_view(pattern.callback)

urlpatterns = [*patterns, re_path(r"^.*$", api_view(not_found))]
