"""The admin loads nothing from another host: not Wagtail's update check (the dashboard's
`w-upgrade` controller fetches releases.wagtail.org), not scripts, styles, images or fetch URLs
pointing elsewhere. Links an editor may click (<a href>) are not loads and are allowed."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

OWN_HOSTS = {"testserver", "localhost", "127.0.0.1"}
LOADING_ATTRIBUTES = {"src", "srcset", "href", "action", "poster", "data", "formaction"}


@pytest.fixture
def admin_client(django_user_model):
    client = Client()
    client.force_login(django_user_model.objects.create_superuser("boss", "b@example.org", "x"))
    return client


def foreign_loads(html: str) -> list[str]:
    """Every attribute that makes the browser load or fetch from a host other than ours."""
    found = []
    for tag in BeautifulSoup(html, "html.parser").find_all(True):
        controllers = str(tag.get("data-controller", "")).split()
        if "w-upgrade" in controllers:
            found.append(f"<{tag.name} data-controller={' '.join(controllers)}> (update check)")
        for name, value in tag.attrs.items():
            if tag.name == "a" and name == "href":
                continue
            if name not in LOADING_ATTRIBUTES and not name.endswith("url-value"):
                continue
            for candidate in str(value).replace(",", " ").split():
                parts = urlsplit(candidate)
                if parts.netloc and parts.hostname not in OWN_HOSTS:
                    found.append(f"<{tag.name} {name}={candidate}>")
    return found


def test_dashboard_does_not_check_for_updates_on_another_host(admin_client, site_structure):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert foreign_loads(response.content.decode()) == []


def test_admin_pages_load_nothing_from_another_host(admin_client, site_structure):
    topics = factories.make_topics(["economy"])
    (issue,) = factories.build_archive(1, topics=topics, revision=False)
    article = issue.get_children().first()
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[issue.get_parent().pk]),
        reverse("wagtailadmin_pages:edit", args=[issue.pk]),
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        reverse("wagtailimages:index"),
        reverse("wagtailsnippets:index"),
        reverse("wagtailadmin_account"),
        reverse("newsletter_admin:campaign", args=[issue.pk]),
    ]
    problems = {}
    for url in urls:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        if found := foreign_loads(response.content.decode()):
            problems[url] = found
    assert problems == {}
