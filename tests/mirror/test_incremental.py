"""Re-exporting after an edit rewrites only the files whose bytes changed and deletes the
files of what was unpublished."""

from __future__ import annotations

import json
import shutil

import pytest

from sitrep.mirror.manifest import MANIFEST_NAME
from sitrep.publishing.models import ArticlePage
from tests.mirror.conftest import export

pytestmark = pytest.mark.django_db
WEEK = "2023-10-09"


@pytest.fixture
def copy(mirror, tmp_path):
    """A private copy of the module's export, manifest included."""
    target = tmp_path / "mirror"
    shutil.copytree(mirror.root, target)
    return target


def test_reexport_without_changes_writes_nothing(mirror, copy):
    result = export(copy, base_url="https://mirror.example.net/sitrep/", search=False)
    assert result.written == 0
    assert result.deleted == 0
    assert result.files == mirror.result.files


def test_an_edit_rewrites_only_the_changed_files(mirror, copy):
    untouched = copy / f"ru/issues/{WEEK}/index.html"
    before = untouched.stat().st_mtime_ns
    article = mirror.data.articles["en"]["budget"]
    article.title = "Budget gap keeps widening"
    article.save_revision().publish()

    result = export(copy, base_url="https://mirror.example.net/sitrep/", search=False)

    assert f"en/issues/{WEEK}/budget-gap-widens/index.html" in result.written_files
    assert (
        "Budget gap keeps widening"
        in (copy / f"en/issues/{WEEK}/budget-gap-widens/index.html").read_text()
    )
    # An English title shows on English pages (and the sitemap's dates): nothing else moves.
    others = [
        name
        for name in result.written_files
        if not name.startswith("en/") and name != "sitemap.xml"
    ]
    assert others == []
    assert 0 < result.written < result.files / 4
    assert result.deleted == 0
    assert untouched.stat().st_mtime_ns == before
    # Only what can show the article was rendered again, and it is what a full export writes.
    assert result.pages < mirror.result.pages
    assert f"ru/issues/{WEEK}/border-incidents/index.html" not in result.written_files
    full = export(copy, base_url="https://mirror.example.net/sitrep/", search=False, full=True)
    assert full.written == 0
    assert full.deleted == 0


def test_an_edit_of_a_topic_renders_everything(mirror, copy):
    from wagtail.log_actions import log

    topic = mirror.data.topics["economy"]["be"]
    topic.name = "Эканоміка і фінансы"
    topic.save()
    log(topic, "wagtail.edit")

    result = export(copy, base_url="https://mirror.example.net/sitrep/", search=False)

    assert result.plan.startswith("everything")
    page = copy / f"be/issues/{WEEK}/prices-keep-rising/index.html"
    assert "Эканоміка і фінансы" in page.read_text()


def test_unpublishing_deletes_the_page_files(mirror, copy):
    page = copy / f"en/issues/{WEEK}/school-year-opens/index.html"
    assert page.is_file()
    mirror.data.articles["en"]["schools"].unpublish()

    result = export(copy, base_url="https://mirror.example.net/sitrep/", search=False)

    assert not page.exists()
    assert not page.parent.exists()
    assert result.deleted >= 1
    manifest = (copy / MANIFEST_NAME).read_text()
    assert "school-year-opens" not in manifest
    text = "\n".join(p.read_text() for p in copy.rglob("*.html"))
    assert "School year opens" not in text


def test_an_edit_leaves_no_old_search_index_files(mirror, copy):
    """Pagefind names its files by their content: an edit makes new ones, and the old ones must
    go, or every re-export leaves a hundred more files nobody reads."""
    # From the database: another test's edit of the same article was rolled back.
    article = ArticlePage.objects.get(pk=mirror.data.articles["en"]["budget"].pk)
    article.lead = "The deficit grew again, now with the revised pension figures included."
    article.save_revision().publish()

    result = export(copy, base_url="https://mirror.example.net/sitrep/")

    assert result.search_indexed
    listed = {name for name in json.loads((copy / MANIFEST_NAME).read_text())["files"]}
    on_disk = {path.relative_to(copy).as_posix() for path in copy.rglob("*") if path.is_file()}
    assert {n for n in on_disk if n.startswith("pagefind/")} == {
        n for n in listed if n.startswith("pagefind/")
    }
    assert result.deleted > 0  # the edited page's old fragment, at least
    # A full export of the same content finds nothing left over to delete.
    full = export(copy, base_url="https://mirror.example.net/sitrep/", full=True)
    assert full.deleted == 0
    assert full.written == 0
