"""The issue email's content: per language, per topic selection, English fallback."""

from __future__ import annotations

import pytest

from sitrep.newsletter.rendering import render_issue_email
from tests.newsletter.delivery_helpers import make_issue_content

pytestmark = pytest.mark.django_db

UNSUB = "https://example.org/en/newsletter/unsubscribe/1.x/"
PREFS = "https://example.org/en/newsletter/preferences/1.y/"


@pytest.fixture
def issue(site_structure):
    return make_issue_content()


def render(issue, language, topics=None):
    return render_issue_email(
        issue, language, topics=topics, unsubscribe_url=UNSUB, preferences_url=PREFS
    )


def test_english_email_groups_articles_by_topic_with_trend_lead_and_link(issue, settings):
    email = render(issue, "en")
    assert email.subject == f"{settings.SITE_NAME}: October 9 – October 15, 2023"
    assert not email.fallback
    text = email.text
    # Topics in their editorial order, each with its article.
    assert text.index("== Economy ==") < text.index("== Security ==") < text.index("== Society ==")
    assert "▲ The situation has improved" in text
    assert "▼ The situation has worsened" in text
    assert "◆ The situation is mixed" in text
    assert "Lead of the economy commentary." in text
    assert f"{settings.SITE_URL}/en/issues/2023-10-09/wages-catch-up-with-prices/" in text
    assert UNSUB in text and PREFS in text


def test_html_part_has_inlined_css_a_text_badge_and_nothing_remote(issue):
    html = render(issue, "en").html
    assert "<style" not in html.split("<body", 1)[1]  # styles are inlined into the body
    assert 'style="' in html
    # The trend is a glyph and a sentence, not only a colour.
    assert "▲</span>The situation has improved" in html
    assert "<img" not in html and "@import" not in html and "fonts.googleapis" not in html
    assert f'href="{UNSUB}"' in html and f'href="{PREFS}"' in html
    assert max(len(line) for line in html.splitlines()) <= 998


def test_russian_email_uses_the_translation_and_russian_week_label(issue, settings):
    email = render(issue, "ru")
    assert email.subject == f"{settings.SITE_NAME}: 9 – 15 октября 2023 г."
    assert not email.fallback
    assert "RU Wages catch up with prices" in email.text
    assert "Экономика" in email.text
    assert "/ru/issues/2023-10-09/wages-catch-up-with-prices/" in email.text
    assert "\nWages catch up with prices\n" not in email.text
    assert "▲ Ситуация улучшилась" in email.text


def test_language_without_translation_gets_english_with_a_note(issue):
    email = render(issue, "be")
    assert email.fallback
    assert email.content_language == "en"
    assert "October 9 – October 15, 2023" in email.subject
    assert "Wages catch up with prices" in email.text
    assert "/en/issues/2023-10-09/" in email.text
    # The note itself is in Belarusian (not only the language's name) and names the language.
    note = "Гэты выпуск яшчэ не перакладзены на мову, якую вы абралі (Беларуская)"
    assert note in " ".join(email.text.split())
    assert note in " ".join(email.html.split())
    assert "not yet available" not in email.text


def test_chosen_topics_limit_the_articles(issue):
    email = render(issue, "en", topics=["security"])
    assert "New exercises near the border" in email.text
    assert "Wages catch up with prices" not in email.text
    assert email.article_count == 1
    everything = render(issue, "en", topics=[])
    assert everything.article_count == 3


def test_topics_without_articles_this_week_give_an_empty_email(issue):
    assert render(issue, "en", topics=["no-such-topic"]).article_count == 0


def test_long_lines_are_wrapped_but_links_stay_whole():
    from sitrep.newsletter.rendering import wrap_text

    url = "https://example.org/en/issues/2023-10-09/" + "a-very-long-slug-" * 8 + "/"
    text = wrap_text("word " * 60 + url + " " + "Ж" * 300 + "\nshort line\n")
    lines = text.split("\n")
    assert url in lines
    assert all(len(line) <= 76 for line in lines if line != url)
    assert "short line" in lines
    assert "".join(lines).count("Ж") == 300


def _untranslate_society(issue):
    """The Russian edition loses its translation of the society article."""
    from sitrep.publishing.models import ArticlePage

    ArticlePage.objects.filter(locale__language_code="ru", slug="schools-under-new-rules").update(
        live=False
    )


def test_an_untranslated_article_in_a_translated_email_is_marked_english(issue):
    _untranslate_society(issue)
    email = render(issue, "ru")
    assert not email.fallback
    assert '<h3 lang="en"' in email.html
    assert 'hreflang="en"' in email.html
    assert '<p class="lead" lang="en"' in email.html
    assert email.stand_in_count == 1 and email.article_count == 3
    # The translated articles carry no mark of their own.
    assert email.html.count(' lang="en"') == 2


def test_the_fallback_note_is_marked_in_the_subscribers_language(issue):
    email = render(issue, "be")
    assert '<html lang="en">' in email.html
    assert '<p class="note" lang="be"' in email.html
    assert email.stand_in_count == email.article_count == 3
    assert render(issue, "ru").stand_in_count == 0
