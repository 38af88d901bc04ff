"""The mirror's offline search: the spelling keys in the article pages, the JavaScript port
of the transliteration, and Pagefind's index finding a name by its other spellings."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from sitrep.search import transliterate

pytestmark = pytest.mark.django_db
HERE = Path(__file__).parent
SEARCH_JS = HERE.parent.parent / "sitrep/mirror/static/mirror/search.js"
NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="Node.js runs the mirror's search script")
ARTICLE = "/en/issues/2023-10-09/talks-in-minsk/index.html"
WORDS = [
    "Лукашэнка", "Лукашенко", "Lukashenka", "Lukashenko", "Lukašenka", "Магілёве", "Могилёва",
    "Mahiliou", "Moscow's", "Шчучын", "Chachersk", "Минском", "Ціханоўская", "Tsikhanouskaya",
    "Tichanoŭskaja", "Мiнск", "Brest", "Gomel", "Гомель", "Szczuczyn", "dźvina", "Ёлка", "2024",
]  # fmt: skip


def run_node(tmp_path: Path, bundle: Path, language: str, *queries: str) -> dict:
    # Node reads the index and our script as ES modules from a folder that says so.
    work = tmp_path / "node"
    work.mkdir(exist_ok=True)
    (work / "package.json").write_text('{"type": "module"}')
    shutil.copytree(bundle, work / "pagefind", dirs_exist_ok=True)
    shutil.copy(SEARCH_JS, work / "search.js")
    shutil.copy(HERE / "pagefind_query.mjs", work / "query.mjs")
    output = subprocess.run(
        [NODE, str(work / "query.mjs"), str(work / "pagefind"), language,
         str(work / "search.js"), *queries],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return json.loads(output.stdout)


def test_article_page_carries_the_spelling_keys_of_its_words(mirror):
    page = (mirror.root / ARTICLE.lstrip("/")).read_text()
    assert "data-pagefind-body" in page
    keys = page.split('<p hidden data-pagefind-weight="0.5">', 1)[1].split("</p>", 1)[0].split()
    assert set(transliterate.word_keys("Lukashenka")) <= set(keys)
    # The signup box is not part of what is indexed.
    assert '<section data-pagefind-ignore class="signup' in page


@needs_node
def test_javascript_port_gives_the_keys_of_the_python_module(tmp_path, mirror):
    result = run_node(tmp_path, mirror.root / "pagefind", "en", *(f"keys:{word}" for word in WORDS))
    for word in WORDS:
        assert result[f"keys:{word}"]["word"] == sorted(transliterate.word_keys(word)), word
        assert result[f"keys:{word}"]["query"] == sorted(transliterate.query_keys(word)), word


@needs_node
def test_mirror_search_finds_a_name_in_every_spelling(tmp_path, mirror):
    queries = ["Лукашэнка", "Лукашенко", "Lukashenko", "Lukashenka", "Lukašenka", "Zyxwvut"]
    result = run_node(tmp_path, mirror.root / "pagefind", "en", *queries)
    for query in queries[:-1]:
        assert result[query] == [ARTICLE], query
    assert result["Zyxwvut"] == []


@needs_node
def test_mirror_search_matches_longer_keys_as_prefixes_but_never_a_shorter_word(tmp_path, mirror):
    # Pagefind answers a term that no indexed word starts with by the longest indexed word that
    # the term starts with: Smalensk (key smlnsk) by "sm", the key of Sam in another article,
    # and Minsker (mnskr) by Minsk (mnsk). The live site finds neither (sitrep/search/query.py).
    queries = ["Smalensk", "Minsker", "Lukashen", "Лукашэн", "Лукашэнку", "Минску", "Lukash", "Sam"]
    result = run_node(tmp_path, mirror.root / "pagefind", "en", *queries)
    assert result["Smalensk"] == []
    assert result["Minsker"] == []
    # A partial key (lkxn), spellings and case endings that the article does not have.
    for query in ["Lukashen", "Лукашэн", "Лукашэнку", "Минску"]:
        assert result[query] == [ARTICLE], query
    # The reader's word matches whole, and a key shorter than 4 (lkx) only exactly.
    assert result["Lukash"] == []
    assert result["Sam"] == ["/en/issues/2023-10-09/prices-keep-rising/index.html"]


@needs_node
def test_mirror_search_stays_in_the_page_language(tmp_path, mirror):
    result = run_node(tmp_path, mirror.root / "pagefind", "be", "Lukashenko", "Цэны")
    assert result["Lukashenko"] == []  # the article has no Belarusian translation
    assert result["Цэны"] == ["/be/issues/2023-10-09/prices-keep-rising/index.html"]
