"""The be/ru interface catalogues: complete, compiled, and actually used when pages render.

The .mo files are committed so that `make run` needs no compile step; these tests catch a .po
edited without `make messages` (stale .mo), a half-translated catalogue, and a translation whose
placeholders would raise KeyError at render time.
"""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest
from django.template import Context, Template
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from sitrep.publishing.trends import Trend, trend_sentence

PACKAGE_DIR = Path(__file__).resolve().parents[2] / "sitrep"
PO_FILES = sorted(PACKAGE_DIR.rglob("locale/*/LC_MESSAGES/django.po"))
PLURAL_FORMS = (
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);"
)
PLACEHOLDER = re.compile(r"%\((\w+)\)[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]")


def _po_id(path: Path) -> str:
    return str(path.relative_to(PACKAGE_DIR))


def _entries(po: polib.POFile) -> list[polib.POEntry]:
    return [entry for entry in po if not entry.obsolete]


def _translations(catalogue: polib._BaseFile) -> dict[tuple[str | None, str], object]:
    """(context, msgid) -> msgstr, or the tuple of plural forms, for every translated entry."""
    result: dict[tuple[str | None, str], object] = {}
    for entry in catalogue:
        if entry.obsolete or "fuzzy" in entry.flags:
            continue
        if entry.msgid_plural:
            value: object = tuple(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
        else:
            value = entry.msgstr
        result[(entry.msgctxt, entry.msgid)] = value
    return result


def test_both_catalogues_exist_for_both_languages():
    assert {_po_id(path) for path in PO_FILES} >= {
        "locale/be/LC_MESSAGES/django.po",
        "locale/ru/LC_MESSAGES/django.po",
        "newsletter/locale/be/LC_MESSAGES/django.po",
        "newsletter/locale/ru/LC_MESSAGES/django.po",
    }


@pytest.mark.parametrize("path", PO_FILES, ids=_po_id)
def test_catalogue_has_no_fuzzy_or_empty_entries(path):
    po = polib.pofile(str(path))
    fuzzy = [entry.msgid for entry in _entries(po) if "fuzzy" in entry.flags]
    empty = [
        entry.msgid
        for entry in _entries(po)
        if (
            not all(entry.msgstr_plural.get(i) for i in range(3))
            if entry.msgid_plural
            else not entry.msgstr
        )
    ]
    assert fuzzy == [], f"fuzzy entries in {_po_id(path)}"
    assert empty == [], f"untranslated entries in {_po_id(path)}"


@pytest.mark.parametrize("path", PO_FILES, ids=_po_id)
def test_catalogue_uses_three_slavic_plural_forms(path):
    po = polib.pofile(str(path))
    assert po.metadata["Plural-Forms"].replace(" ", "") == PLURAL_FORMS.replace(" ", "")
    for entry in _entries(po):
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == [0, 1, 2], entry.msgid


@pytest.mark.parametrize("path", PO_FILES, ids=_po_id)
def test_translations_keep_the_placeholders_of_the_source(path):
    """A renamed or dropped %(name)s would raise KeyError or lose the value when rendered."""
    for entry in _entries(po := polib.pofile(str(path))):
        if "python-format" not in entry.flags:
            continue
        source = set(PLACEHOLDER.findall(entry.msgid + (entry.msgid_plural or "")))
        targets = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for target in targets:
            names = set(PLACEHOLDER.findall(target))
            assert names <= source, (po.fpath, entry.msgid, target)
            if not entry.msgid_plural:
                assert names == source, (po.fpath, entry.msgid, target)


@pytest.mark.parametrize("path", PO_FILES, ids=_po_id)
def test_committed_mo_matches_its_po(path):
    """`make run` serves the committed .mo: it must hold exactly what the .po says."""
    mo_path = path.with_suffix(".mo")
    assert mo_path.exists(), f"{_po_id(mo_path)} is missing: run `make messages`"
    po = polib.pofile(str(path))
    mo = polib.mofile(str(mo_path))
    assert _translations(mo) == _translations(po), f"{_po_id(mo_path)} is stale"
    assert mo.metadata.get("Plural-Forms") == po.metadata.get("Plural-Forms")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "be",
            {
                Trend.IMPROVED: "Сітуацыя палепшылася",
                Trend.UNCHANGED: "Сітуацыя не змянілася",
                Trend.WORSENED: "Сітуацыя пагоршылася",
                Trend.MIXED: "Сітуацыя неадназначная",
            },
        ),
        (
            "ru",
            {
                Trend.IMPROVED: "Ситуация улучшилась",
                Trend.UNCHANGED: "Ситуация не изменилась",
                Trend.WORSENED: "Ситуация ухудшилась",
                Trend.MIXED: "Ситуация неоднозначная",
            },
        ),
    ],
)
def test_trend_sentences_are_translated(language, expected):
    with translation.override(language):
        assert {trend: trend_sentence(trend) for trend in Trend} == expected


@pytest.mark.parametrize(
    ("language", "read_more", "view_all", "subscribe"),
    [
        ("be", "Чытаць далей", "Глядзець усе", "Падпісацца"),
        ("ru", "Читать далее", "Смотреть все", "Подписаться"),
    ],
)
def test_site_links_are_translated_in_templates(language, read_more, view_all, subscribe):
    template = Template(
        '{% load i18n %}{% translate "Read more" %}|{% translate "View all" %}|'
        '{% translate "Subscribe" %}'
    )
    with translation.override(language):
        assert template.render(Context()) == f"{read_more}|{view_all}|{subscribe}"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("be", "Вы паспяхова падпісаліся"), ("ru", "Вы успешно подписались")],
)
def test_subscription_confirmed_page_is_translated(language, expected, db):
    request = RequestFactory().get(f"/{language}/newsletter/confirm/token/")
    with translation.override(language):
        html = render_to_string("newsletter/confirmed.html", request=request)
    assert f"<h1>{expected}</h1>" in html
    assert f'<html lang="{language}">' in html
    assert "successfully subscribed" not in html


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        (
            "be",
            {
                1: "гадзіну",
                2: "гадзіны",
                5: "гадзін",
                11: "гадзін",
                21: "гадзіну",
                22: "гадзіны",
                72: "гадзіны",
                112: "гадзін",
            },
        ),
        (
            "ru",
            {
                1: "час",
                2: "часа",
                5: "часов",
                11: "часов",
                21: "час",
                22: "часа",
                72: "часа",
                112: "часов",
            },
        ),
    ],
)
def test_confirmation_link_lifetime_uses_the_right_plural_form(language, forms):
    template = Template(
        "{% load i18n %}{% blocktranslate count hours=n %}The link is valid for {{ hours }} hour."
        "{% plural %}The link is valid for {{ hours }} hours.{% endblocktranslate %}"
    )
    with translation.override(language):
        endings = {n: template.render(Context({"n": n})).split(" ", 2)[2] for n in forms}
    assert endings == {n: f"{n} {word}." for n, word in forms.items()}
