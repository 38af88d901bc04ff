"""Readers' requests resolve in the public URLconf; editors and the admin, API and webhook
paths in the whole one, and each still gets what it asked for."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from sitrep.core.urlconf import PUBLIC_URLCONF
from tests.factories import BASE_WEEK, make_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiet(settings):
    settings.PAGE_CACHE_ENABLED = False  # each request rendered, so it resolves


def test_a_readers_page_resolves_in_the_public_urlconf(client, site_structure, quiet):
    make_issue(BASE_WEEK, summary="Prices rose.")
    for path in ("/be/", f"/en/issues/{BASE_WEEK}/", "/ru/trends/", "/sitemap.xml", "/robots.txt"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.wsgi_request.urlconf == PUBLIC_URLCONF, path


def test_an_editor_on_a_public_page_gets_the_whole_urlconf(client, site_structure, quiet):
    make_issue(BASE_WEEK, summary="Prices rose.")
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "x")
    client.force_login(editor)
    response = client.get(f"/en/issues/{BASE_WEEK}/")
    assert response.status_code == 200
    assert not hasattr(response.wsgi_request, "urlconf")
    assert "Prices rose." in response.content.decode()


def test_admin_api_and_their_slashless_forms_still_resolve(client, site_structure, quiet):
    assert client.get("/admin").headers["Location"] == "/admin/"
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/admin/login/")
    response = client.get("/api/v1/issues?language=en")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/json")
    assert client.get("/api/v1/nothing-here").status_code == 404
