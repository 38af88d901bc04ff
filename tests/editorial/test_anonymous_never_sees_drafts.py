"""Issue 11, "What it must show" item 3: anonymous readers never reach drafts, previews,
revisions or unpublished translations, through any URL.

Everything unpublished carries one unique marker: a draft article, a draft revision of a live
article, an unpublished Belarusian translation, a live article of an unpublished issue, and a
revision scheduled for next week. Everything published carries none. The crawl starts at
every public entry point (home pages, archives, topics, search, feeds, sitemap, robots, trends
and its data files, the API, and the direct, preview and revision URLs of every page in the
database), follows every same-site link it finds, and the marker must appear in no response.
"""

from __future__ import annotations

import datetime
import re
import uuid
from collections import deque
from pathlib import Path

import pytest
from django.core.management import call_command, get_commands
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, Revision

from sitrep.publishing.models import ArticlePage, IssuePage
from tests import factories as f

pytestmark = pytest.mark.django_db

MARKER = f"Zunpublished{uuid.uuid4().hex[:12]}"
# Searched for (a search page repeats its query, so the marker itself is never the query): it
# stands next to the marker in every unpublished text.
WORD = "Quokkafield"
LANGUAGES = ("en", "be", "ru")
MAX_URLS = 600
LINK = re.compile(r"""(?:href|src|action)=["']([^"'#]+)|<loc>([^<]+)</loc>|<link>([^<]+)</link>""")
ABSOLUTE = re.compile(r"https?://(?:testserver|localhost|127\.0\.0\.1(?::\d+)?)(/[^\s\"'<>\\]*)")


@pytest.fixture
def week(site_structure):
    """A published week in three languages, and every kind of unpublished content."""
    topics = f.make_topics(["economy", "security"])
    issue = f.make_issue(datetime.date(2023, 10, 9), summary="A quiet week.")
    be_issue = f.translate_issue(issue, "be")
    f.translate_issue(issue, "ru")
    live = f.make_article(
        issue, title="Prices keep rising", slug="prices-keep-rising", topic=topics["economy"]["en"]
    )
    f.translate_article(live, "ru", title="Цены растут")
    other = f.make_article(
        issue, title="Border calm", slug="border-calm", topic=topics["security"]["en"]
    )

    # 1. A draft article in a live issue.
    f.make_article(
        issue,
        title=f"Draft {MARKER} {WORD}",
        slug="draft-article",
        lead=f"Lead {MARKER} {WORD}",
        body=[("paragraph", f"<p>Body {MARKER} {WORD}</p>")],
        topic=topics["economy"]["en"],
        live=False,
    ).save_revision()
    # 2. A draft revision of a live article (its page row keeps the draft title too).
    live.title = f"Corrected {MARKER} {WORD}"
    live.lead = f"Lead {MARKER} {WORD}"
    live.save_revision()
    # 3. An unpublished translation.
    f.translate_article(
        other, "be", live=False, title=f"Мяжа {MARKER} {WORD}", lead=f"Лід {MARKER} {WORD}"
    ).save_revision()
    # 4. A live article of an unpublished issue (Wagtail calls it live; readers must not see it).
    draft_issue = f.make_issue(
        datetime.date(2023, 10, 16), summary=f"Summary {MARKER} {WORD}", live=False
    )
    draft_issue.save_revision()
    f.make_article(
        draft_issue,
        title=f"Early {MARKER} {WORD}",
        slug="early-article",
        topic=topics["economy"]["en"],
    )
    # 5. A revision scheduled for next week.
    other.title = f"Scheduled {MARKER} {WORD}"
    other.go_live_at = timezone.now() + datetime.timedelta(days=7)
    other.save_revision().publish()
    assert Revision.objects.filter(approved_go_live_at__isnull=False).exists()
    assert be_issue.live and not ArticlePage.objects.get(slug="early-article").issue_is_live
    return issue


def seeds() -> list[str]:
    urls = ["/", "/sitemap.xml", "/robots.txt", "/api/v1/openapi.json", "/api/v1/topics",
            "/api/v1/authors"]  # fmt: skip
    for code in LANGUAGES:
        urls += [
            f"/{code}/",
            f"/{code}/issues/",
            f"/{code}/topics/",
            f"/{code}/feed/rss/",
            f"/{code}/feed/atom/",
            f"/{code}/trends/",
            f"/{code}/trends/data.csv",
            f"/{code}/trends/data.json",
            f"/{code}/search/?q={WORD}",
            f"/{code}/search/?q=Draft",
            f"/{code}/search/?q=Prices",
            f"/api/v1/issues?language={code}",
            f"/api/v1/articles?language={code}",
            f"/api/v1/search?q={WORD}&language={code}",
            f"/api/v1/search?q=Prices&language={code}",
        ]
        for issue in IssuePage.objects.all():
            urls.append(f"/api/v1/issues/{issue.week_start.isoformat()}?language={code}")
    for page in Page.objects.filter(depth__gt=1).specific():
        code = page.locale.language_code
        # The page's own address (Wagtail's url_path starts with the home page's slug).
        urls.append(f"/{code}/" + page.url_path.split("/", 2)[2])
        urls.append(f"/api/v1/articles/{page.pk}")
        # Wagtail's preview and revision screens: the admin's, behind a sign-in.
        urls += [
            f"/admin/pages/{page.pk}/view_draft/",
            f"/admin/pages/{page.pk}/edit/preview/",
            f"/admin/pages/{page.pk}/revisions/",
        ]
        for revision in Revision.objects.for_instance(page):
            urls.append(f"/admin/pages/{page.pk}/revisions/{revision.pk}/view/")
    from wagtail_localize.models import Translation

    for translation in Translation.objects.all():
        urls.append(f"/admin/localize/translate/{translation.pk}/preview/")
    return urls


def links_in(body: str) -> list[str]:
    found = []
    for groups in LINK.findall(body):
        found += [g for g in groups if g]
    found += ABSOLUTE.findall(body)
    paths = []
    for link in found:
        link = link.replace("&amp;", "&")
        match = ABSOLUTE.match(link)
        if match:
            link = match.group(1)
        if link.startswith("/") and not link.startswith("//"):
            paths.append(link)
    return paths


def crawl(client: Client, start: list[str]) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque(start)
    while queue and len(seen) < MAX_URLS:
        url = queue.popleft()
        if url in seen:
            continue
        response = client.get(url)
        seen[url] = response.status_code
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode("utf-8", "replace")
        assert MARKER not in text, f"{url} ({response.status_code}) shows unpublished content"
        if response.status_code in (301, 302, 303, 307, 308):
            queue.append(response["Location"])
        # Admin pages answer a sign-in; there is nothing to follow there.
        if not url.startswith("/admin/"):
            queue.extend(link for link in links_in(text) if link not in seen)
    return seen


def test_anonymous_crawl_finds_no_unpublished_content(week):
    seen = crawl(Client(), seeds())
    ok = [url for url, status in seen.items() if status == 200]
    # The crawl did reach the published site, in every language, and the places drafts hide.
    assert {"/en/", "/be/", "/ru/", "/sitemap.xml", "/en/feed/rss/", "/en/trends/data.csv"} <= set(
        ok
    )
    assert "/en/issues/2023-10-09/prices-keep-rising/" in ok
    assert "/ru/issues/2023-10-09/prices-keep-rising/" in ok
    assert any(url.startswith("/api/v1/articles/") for url in ok)
    assert any(url.startswith("/en/topics/") and url.count("/") == 4 for url in ok)
    # The unpublished pages themselves are not found.
    for url in (
        "/en/issues/2023-10-09/draft-article/",
        "/be/issues/2023-10-09/border-calm/",
        "/en/issues/2023-10-16/",
        "/en/issues/2023-10-16/early-article/",
    ):
        assert seen[url] == 404, (url, seen[url])
    assert all(seen[url] in (302, 403, 404) for url in seen if url.startswith("/admin/pages/"))
    assert len(seen) > 80


def test_the_marker_is_really_in_the_database(week):
    """The crawl would have found it had any URL shown unpublished content: it is there."""
    assert ArticlePage.objects.filter(title__contains=MARKER).count() >= 3
    live = ArticlePage.objects.get(slug="prices-keep-rising", locale__language_code="en")
    assert MARKER in live.draft_title
    editor = Client()
    from django.contrib.auth import get_user_model

    editor.force_login(
        get_user_model().objects.create_superuser("chief", "c@example.org", "x" * 16)
    )
    assert MARKER in editor.get(f"/admin/pages/{live.pk}/view_draft/").content.decode()


def test_static_mirror_has_no_unpublished_content(week, tmp_path):
    """Hook for the static mirror (issue 10): `manage.py export_static OUTDIR` writes the public
    site as files; none of them may carry the marker. Runs once that command exists."""
    if "export_static" not in get_commands():
        pytest.skip("manage.py export_static (the static mirror, issue 10) is not here yet")
    call_command("export_static", str(tmp_path))
    files = [path for path in Path(tmp_path).rglob("*") if path.is_file()]
    assert files
    for path in files:
        assert MARKER.encode() not in path.read_bytes(), path
