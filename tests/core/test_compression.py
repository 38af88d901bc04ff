"""Compressed responses (docs/configuration.md, "Compression"): pages are gzipped by
GZipMiddleware when the client accepts gzip, static files are served precompressed by
whitenoise from what collectstatic wrote (as `make run` does at each start), and a second
collectstatic compresses nothing again."""

from __future__ import annotations

import gzip
import io

import pytest
from django.core.management import call_command
from django.test import Client

pytestmark = pytest.mark.django_db


def test_a_page_is_gzipped_when_the_client_accepts_it(site_structure):
    # (A client that accepts brotli gets brotli: tests/pagecache/test_page_cache.py.)
    response = Client().get("/en/", HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    html = gzip.decompress(response.content).decode()
    assert "<html" in html

    plain = Client().get("/en/")
    assert not plain.has_header("Content-Encoding")
    assert "<html" in plain.content.decode()


@pytest.fixture
def collected(settings, tmp_path):
    """The demo's static files: collected and compressed under var/static/, served from there."""
    settings.STATIC_ROOT = tmp_path / "static"
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    call_command("collectstatic", interactive=False, verbosity=0)
    return settings.STATIC_ROOT


def test_css_is_served_compressed_when_the_client_accepts_it(collected):
    response = Client().get("/static/css/site.css", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    body = b"".join(response.streaming_content)
    assert gzip.decompress(body) == (collected / "css" / "site.css").read_bytes()

    plain = Client().get("/static/css/site.css")
    assert not plain.has_header("Content-Encoding")


def test_collecting_again_compresses_only_what_changed(collected):
    css = collected / "css" / "site.css"
    gz = collected / "css" / "site.css.gz"
    written = gz.stat().st_ctime_ns
    out = io.StringIO()
    call_command("collectstatic", interactive=False, verbosity=1, stdout=out)
    assert gz.stat().st_ctime_ns == written
    assert "0 static files copied" in out.getvalue()
    assert gzip.decompress(gz.read_bytes()) == css.read_bytes()
