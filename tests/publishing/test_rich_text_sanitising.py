"""Rich text that reaches the database by any path but the editor is sanitised on save, and what
is already stored is rendered safely: 0 executable constructs on every public page and email."""

from __future__ import annotations

import datetime
import json

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from sitrep.core.sanitise import sanitise_rich_text
from sitrep.newsletter.rendering import render_issue_email
from sitrep.publishing.blocks import RICH_TEXT_FEATURES
from sitrep.publishing.models import ArticlePage
from tests import factories as f
from tests.core.hostile_html import (
    ALL_PAYLOADS_HTML,
    PAYLOADS,
    find_executable_constructs,
    find_raw_constructs,
)

WEEK = datetime.date(2023, 10, 9)
ARTICLE_PATH = "/{lang}/issues/2023-10-09/hostile/"


def constructs(html: str) -> list:
    return find_executable_constructs(html) + find_raw_constructs(html)


def stored_body(article: ArticlePage) -> str:
    """The body's rich text exactly as the database row holds it (no Wagtail in between)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT body FROM publishing_articlepage WHERE page_ptr_id = %s", [article.pk]
        )
        raw = cursor.fetchone()[0]
    return "".join(item["value"] for item in json.loads(raw) if isinstance(item["value"], str))


# --- the allowlist itself (no database) ---------------------------------------------------


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_sanitiser_leaves_no_executable_construct(name):
    cleaned = sanitise_rich_text(PAYLOADS[name], RICH_TEXT_FEATURES)
    assert constructs(cleaned) == [], cleaned
    assert sanitise_rich_text(cleaned, RICH_TEXT_FEATURES) == cleaned


def test_sanitiser_keeps_what_the_editor_writes_byte_for_byte():
    editor_html = (
        '<p>Prices <b>rose</b> by <i>4 %</i>, see <a href="https://example.org/a?b=1&amp;c=2">the'
        ' data</a>, <a linktype="page" id="12">last week</a> and'
        ' <a href="mailto:desk@example.org">write</a>.<br/>Second line.</p>'
        "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>"
    )
    assert sanitise_rich_text(editor_html, RICH_TEXT_FEATURES) == editor_html


def test_sanitiser_drops_what_this_editor_cannot_write():
    # The article body offers no headings or images: an imported <h2> keeps only its text.
    assert sanitise_rich_text("<h2>Title</h2>", RICH_TEXT_FEATURES) == "Title"
    assert sanitise_rich_text("<h2>Title</h2>", ["h2"]) == "<h2>Title</h2>"


def test_sanitiser_keeps_wagtail_image_embeds_in_the_form_wagtail_finds():
    embed = '<embed alt="A field" embedtype="image" format="left" id="7"/>'
    assert sanitise_rich_text(embed, ["image"]) == embed
    assert sanitise_rich_text(
        '<embed embedtype="image" id="7 onload=x" format="left"/>', ["image"]
    ) == ('<embed embedtype="image" format="left"/>')


# --- every path into the database ---------------------------------------------------------


@pytest.fixture
def hostile(site_structure):
    """An issue, an article, a topic and an author whose every content field is hostile; the
    article body's paragraph carries all payloads, written straight through the ORM."""
    topic = f.make_topic("economy", {"en": "Economy", "be": "Эканоміка", "ru": "Экономика"})
    author = f.make_author({"en": PAYLOADS["svg-onload"]})  # name: 120 characters at most
    author["en"].bio = ALL_PAYLOADS_HTML
    author["en"].save()
    issue = f.make_issue(WEEK, summary=ALL_PAYLOADS_HTML, custom_title=PAYLOADS["script"])
    for code in ("be", "ru"):
        f.translate_issue(issue, code)
    article = f.make_article(
        issue,
        title=PAYLOADS["img-onerror"],
        slug="hostile",
        topic=topic["en"],
        lead=ALL_PAYLOADS_HTML,
        authors=[author["en"]],
        # The payloads' unclosed <style>/<iframe> swallow what follows them, as in a browser:
        # editor text after them lives in its own block.
        body=[("paragraph", ALL_PAYLOADS_HTML), ("paragraph", "<p>Kept after.</p>")],
    )
    return article


def public_pages(client, lang: str = "en") -> dict[str, str]:
    pages = {
        "home": f"/{lang}/",
        "issue": f"/{lang}/issues/2023-10-09/",
        "article": ARTICLE_PATH.format(lang=lang),
        "topic": f"/{lang}/topics/economy/",
        "topics": f"/{lang}/topics/",
        "archive": f"/{lang}/issues/",
    }
    out = {}
    for name, path in pages.items():
        response = client.get(path)
        assert response.status_code == 200, path
        out[name] = response.content.decode()
    return out


@pytest.mark.django_db
def test_payloads_written_through_the_orm_are_stored_and_shown_clean(client, hostile):
    assert constructs(stored_body(hostile)) == []
    for name, html in public_pages(client).items():
        assert constructs(html) == [], name
    # The editor-made text around the payloads survives.
    article = public_pages(client)["article"]
    assert "Before." in article and "Kept after." in article


@pytest.mark.django_db
def test_payloads_in_raw_streamfield_json_are_stored_clean(client, hostile):
    article = ArticlePage.objects.get(pk=hostile.pk)
    article.body = json.dumps(
        [{"type": "paragraph", "value": ALL_PAYLOADS_HTML, "id": "0b7c5e9e-raw"}]
    )
    article.save_revision().publish()
    assert constructs(stored_body(article)) == []
    assert constructs(client.get(ARTICLE_PATH.format(lang="en")).content.decode()) == []


@pytest.mark.django_db
def test_rows_written_behind_the_models_back_render_clean_and_are_cleaned_by_the_command(
    client, hostile
):
    raw = [{"type": "paragraph", "value": ALL_PAYLOADS_HTML, "id": "0b7c5e9e-sql"}]
    ArticlePage.objects.filter(pk=hostile.pk).update(body=raw)
    assert constructs(stored_body(hostile)) != []  # the update really bypassed save()
    assert constructs(client.get(ARTICLE_PATH.format(lang="en")).content.decode()) == []

    call_command("sanitise_rich_text", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert constructs(stored_body(hostile)) == []
    assert "Before." in stored_body(hostile)


@pytest.mark.django_db
def test_a_translation_written_outside_the_editor_is_published_clean(client, hostile):
    be = f.locale("be")
    ArticlePage.objects.filter(pk=hostile.pk).update(
        body=[{"type": "paragraph", "value": "<p>What happened this week.</p>", "id": "p1"}]
    )
    article = ArticlePage.objects.get(pk=hostile.pk)
    article.save_revision().publish()
    TranslationCreator(None, [be]).create_translations(article)
    source = TranslationSource.objects.get_for_instance(article)
    segment = StringSegment.objects.get(source=source, string__data="What happened this week.")
    translation = StringTranslation.objects.create(
        translation_of=segment.string, locale=be, context=segment.context, data="Што здарылася."
    )
    # A translation tool writing its strings straight into the table skips wagtail-localize's
    # own validation of the string's tags.
    StringTranslation.objects.filter(pk=translation.pk).update(
        data="Што здарылася. " + "".join(PAYLOADS.values())
    )
    Translation.objects.get(source=source, target_locale=be).save_target(publish=True)

    translated = ArticlePage.objects.get(translation_key=article.translation_key, locale=be)
    translated.get_latest_revision().publish()  # the translator's "Publish"
    assert "Што здарылася." in stored_body(translated)
    assert constructs(stored_body(translated)) == []
    for name, html in public_pages(client, "be").items():
        assert constructs(html) == [], name


@pytest.mark.django_db
def test_a_po_upload_with_payloads_publishes_no_executable_construct(client, hostile):
    import polib

    be = f.locale("be")
    article = ArticlePage.objects.get(pk=hostile.pk)
    TranslationCreator(None, [be]).create_translations(article)
    source = TranslationSource.objects.get_for_instance(article)
    translation = Translation.objects.get(source=source, target_locale=be)
    po = translation.export_po()
    for entry in po:
        if entry.msgctxt.startswith("body"):
            entry.msgstr = "Пераклад " + ALL_PAYLOADS_HTML
    translation.import_po(polib.pofile(str(po)))
    translation.save_target(publish=True)
    translated = ArticlePage.objects.get(translation_key=article.translation_key, locale=be)
    translated.get_latest_revision().publish()
    for name, html in public_pages(client, "be").items():
        assert constructs(html) == [], name


@pytest.mark.django_db
def test_issue_emails_carry_no_executable_construct(hostile):
    issue = hostile.get_parent().specific
    for language in ("en", "be", "ru"):
        email = render_issue_email(
            issue,
            language,
            unsubscribe_url="https://example.org/u/1.x/",
            preferences_url="https://example.org/p/1.y/",
        )
        assert find_executable_constructs(email.html) == [], language
        assert find_raw_constructs(email.html) == [], language
        # The text part is text/plain: a plain field's payload is shown as the characters the
        # editor typed, which no mail client interprets.
        assert PAYLOADS["img-onerror"] in email.text, language


@pytest.mark.django_db
def test_a_richtext_value_assigned_in_python_is_saved_clean(hostile):
    article = ArticlePage.objects.get(pk=hostile.pk)
    article.body = [("paragraph", RichText(PAYLOADS["svg-onload"] + "<p>kept</p>"))]
    article.save()
    assert constructs(stored_body(article)) == []
    assert "kept" in stored_body(article)
