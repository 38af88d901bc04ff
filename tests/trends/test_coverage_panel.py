"""The dashboard's coverage of the newest week, every topic × language with its state and trend:
now part of "This week at a glance" (sitrep/publishing/glance.py; the full set of states is
tested in tests/issueflow/test_glance.py)."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from tests import factories as f

pytestmark = pytest.mark.django_db


def test_panel_shows_published_draft_and_missing_per_language(client, site_structure):
    topics = f.make_topics(["economy", "security", "society"])
    older = f.make_issue(f.BASE_WEEK)
    f.make_article(older, title="Old", slug="old", topic=topics["society"]["en"])
    # The newest week is still a draft: editors prepare it before publishing.
    issue = f.make_issue(f.BASE_WEEK + datetime.timedelta(weeks=1), live=False)
    f.translate_issue(issue, "be", live=False)
    economy = f.make_article(
        issue, title="Prices", slug="prices", topic=topics["economy"]["en"], trend="worsened"
    )
    f.translate_article(economy, "be", title="Цэны", live=False)
    f.make_article(issue, title="Border", slug="border", topic=topics["security"]["en"],
                   trend="improved", live=False)  # fmt: skip
    admin = get_user_model().objects.create_superuser("chief", "chief@example.org", "pw-123456!")
    client.force_login(admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    panel = soup.select_one("#week-glance-content") or soup.select_one("[id^=week-glance]")
    assert panel is not None
    rows = {
        row.th.get_text(strip=True): [
            [entry["data-state"] for entry in td.select("[data-state]")] for td in row.select("td")
        ]
        for row in soup.select("table.sitrep-glance tbody tr")
    }
    # The English article is live but its issue is not: approved, it goes out with the issue.
    assert rows == {
        "Economy": [["approved"], ["draft"], ["missing"]],
        "Security": [["draft"], ["missing"], ["missing"]],
        "Society": [["missing"], ["missing"], ["missing"]],
    }
    assert "Worsened" in soup.get_text()
    assert "Improved" in soup.get_text()
