"""Content-Security-Policy: strict on public pages, Wagtail-compatible on the admin."""

from __future__ import annotations

import datetime
import json
import re

import pytest
from bs4 import BeautifulSoup

from sitrep.core.csp import build_policy
from tests import factories as f


def directives(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    out = {}
    for part in header.split(";"):
        name, *values = part.split()
        out[name] = values
    return out


def test_policy_is_serialised_in_order_with_value_less_directives():
    policy = build_policy({"default-src": ["'none'"], "upgrade-insecure-requests": []})
    assert policy == "default-src 'none'; upgrade-insecure-requests"


@pytest.fixture
def pages(client, site_structure):
    topics = f.make_topics(["economy"])
    issue = f.make_issue(datetime.date(2023, 10, 9), summary="A quiet week.")
    f.make_article(issue, title="Prices", slug="prices", topic=topics["economy"]["en"])
    return {
        "home": "/en/",
        "issue": "/en/issues/2023-10-09/",
        "article": "/en/issues/2023-10-09/prices/",
        "topic": "/en/topics/economy/",
        "archive": "/en/issues/",
        "not found": "/en/no-such-page/",
        "token page": "/en/newsletter/confirm/not-a-token/",
    }


@pytest.mark.django_db
def test_public_pages_forbid_all_script_and_foreign_resources(client, pages):
    for name, path in pages.items():
        policy = directives(client.get(path))
        assert policy["script-src"] == ["'none'"], name
        assert policy["default-src"] == ["'none'"], name
        assert "'unsafe-inline'" not in policy["style-src"], name
        assert policy["base-uri"] == ["'none'"], name
        assert policy["frame-ancestors"] == ["'none'"], name
        assert policy["form-action"] == ["'self'"], name
        assert policy["object-src"] == ["'none'"], name


@pytest.mark.django_db
def test_public_pages_need_no_inline_script_or_style(client, pages):
    # A strict policy blocks inline style attributes: the templates must not rely on any.
    for name, path in pages.items():
        soup = BeautifulSoup(client.get(path).content, "html.parser")
        # Only data blocks (JSON-LD for search engines and link previews): browsers never run
        # them, so `script-src 'none'` holds. Anything else would be a script.
        for script in soup.find_all("script"):
            assert script.get("type") == "application/ld+json", (name, script)
            json.loads(script.string)
        assert soup.find_all("style") == [], name
        assert [el.name for el in soup.find_all(style=True)] == [], name
        assert [el.name for el in soup.find_all(attrs={re.compile("^on"): True})] == [], name


@pytest.mark.django_db
def test_the_signup_form_posts_where_form_action_allows(client, pages):
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    form = soup.find("form", class_="signup-form")
    assert form["action"].startswith("/") and not form["action"].startswith("//")


@pytest.mark.django_db
def test_admin_gets_the_wagtail_compatible_policy(admin_client, site_structure):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]  # the editor's preview iframe
    assert "'unsafe-eval'" not in policy["script-src"]
    # Nothing on the dashboard fetches from another origin (Wagtail's upgrade check would).
    assert b"data-w-upgrade-current-version-value" not in response.content


@pytest.mark.django_db
def test_the_editors_preview_can_be_framed_by_the_admin_and_nothing_else_changes(
    admin_client, client, site_structure, settings
):
    settings.PAGE_CACHE_ENABLED = False
    issue = f.make_issue(f.BASE_WEEK, summary="Prices rose in the regions.")
    preview_url = f"/admin/pages/{issue.pk}/edit/preview/"
    # The page editor posts its form to the preview view, then its iframe loads the preview.
    edit_form = BeautifulSoup(
        admin_client.get(f"/admin/pages/{issue.pk}/edit/").content, "html.parser"
    ).find("form", id="page-edit-form")
    data = {}
    for field in edit_form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button", "file"):
            continue
        if field.get("type") in ("checkbox", "radio") and not field.has_attr("checked"):
            continue
        if field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            data[name] = chosen.get("value", "") if chosen else ""
        else:
            data[name] = field.get("value", "") if field.name == "input" else field.text
    assert admin_client.post(preview_url, data).json()["is_valid"] is True
    response = admin_client.get(preview_url)
    assert response.status_code == 200
    assert "Prices rose in the regions." in response.content.decode()
    policy = directives(response)
    # The page editor shows it in an iframe of the admin (it was blocked: frame-ancestors 'none').
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["script-src"] == ["'none'"]  # otherwise what readers get
    assert policy["default-src"] == ["'none'"]
    # The live page may still be framed by no one.
    assert directives(client.get(issue.url))["frame-ancestors"] == ["'none'"]
