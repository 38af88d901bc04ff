"""Routes Wagtail's page view with fewer queries (routing.py, issue 10)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponseBase
from wagtail import views as wagtail_views

from . import routing


class PageRouteMiddleware:
    """Before Wagtail's `serve` runs, finds its page the way Wagtail would, from the rows read
    once per content generation; Wagtail's view then uses that route (it caches it on the
    request) and runs its hooks, view restrictions and the page's `serve` as always."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs) -> None:
        if view_func is wagtail_views.serve:
            path = view_args[0] if view_args else view_kwargs.get("path", "")
            routing.route_for_request(request, path)
