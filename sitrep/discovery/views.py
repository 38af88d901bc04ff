"""The sitemap and robots.txt (thin: the entries come from sitemap.py)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.http import require_safe

from .sitemap import sitemap_entries


@require_safe
def sitemap(request: HttpRequest) -> HttpResponse:
    body = render_to_string(
        "discovery/sitemap.xml", {"entries": sitemap_entries(request.build_absolute_uri)}
    )
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


@require_safe
def robots(request: HttpRequest) -> HttpResponse:
    # Newsletter token pages carry personal links; the admin is nobody's business.
    lines = ["User-agent: *", "Disallow: /admin/"]
    lines += [f"Disallow: /{code}/newsletter/" for code, _name in settings.LANGUAGES]
    lines += ["Allow: /", "", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
