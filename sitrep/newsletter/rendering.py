"""The issue email: built once per (language, topic selection). See docs/newsletter.md,
"Sending and delivery semantics".

The result is the same for every subscriber of a group except the two signed links; callers pass
either real URLs (a test email, the admin preview) or placeholders that `delivery.py` replaces
per recipient.

- Subject: "<the publication's name>: <week label in the email's language>"; the name, the
  sender name in From and the "Follow us" links come from the publication settings
  (`sitrep.core.models.PublicationSettings`) in the email's language.
- Articles grouped by topic (the topics' editorial order), each with its trend as a text glyph
  plus a sentence (never colour alone; inline SVG is stripped by many mail clients), the lead and
  a link to the article in the email's language.
- A language without a live translation of the issue gets the English issue with a short note
  in the subscriber's language. An article not yet translated in an otherwise translated issue
  is listed in the source language, marked as such; every part in another language than the
  document's carries its own `lang` (the note in the subscriber's language, an untranslated
  article's title and lead).
- HTML with inlined CSS (css-inline), no remote images or fonts; a plain-text part.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Locale

from sitrep.core.dates import week_label
from sitrep.core.models import publication_identity
from sitrep.publishing.models import ArticlePage, IssuePage, Topic
from sitrep.publishing.trends import TREND_SYMBOLS, Trend, trend_sentence

TEMPLATE = "newsletter/emails/issue"
FALLBACK_LANGUAGE = "en"
# SMTP allows 998 octets per line and the message is sent as 8bit (so per-recipient values can
# be substituted in its bytes): a longer line would make Django switch the part to
# quoted-printable, which delivery.py refuses. Limits are in characters; 4 bytes each at worst.
MAX_LINE = 240
TEXT_WIDTH = 76

LANGUAGE_NAMES = {code: name for code, name in settings.LANGUAGES}


@dataclass(frozen=True)
class EmailArticle:
    title: str
    lead: str
    url: str
    trend: str
    trend_symbol: str
    trend_sentence: str
    # Set when the article is shown in another language than the email (not yet translated).
    language_note: str = ""
    # That language's code, for the `lang` of its title and lead ("" when none is needed).
    language: str = ""


@dataclass(frozen=True)
class EmailTopic:
    name: str
    slug: str
    articles: list[EmailArticle] = field(default_factory=list)


@dataclass(frozen=True)
class RenderedEmail:
    """One issue email for one group of subscribers, links included as given."""

    language: str  # the subscribers' language
    content_language: str  # the language the email is written in (differs on fallback)
    subject: str
    text: str
    html: str
    fallback: bool
    article_count: int
    site_name: str = ""  # the publication's name in the email's language (List-Id)
    from_email: str = ""  # From: the sender name in the email's language, the configured address
    # Articles not in the subscriber's language (all of them in an English fallback).
    stand_in_count: int = 0


def topic_key(topics: Iterable[str] | None) -> tuple[str, ...]:
    """A hashable, order-independent key of a topic selection; () means every topic."""
    return tuple(sorted({t for t in topics or () if isinstance(t, str)}))


def _translation(page, locale: Locale):
    """`page` in `locale` (itself if it is in that locale), live or not, or None."""
    if page.locale_id == locale.pk:
        return page
    return page.get_translation_or_none(locale)


def _absolute(page) -> str:
    parts = page.get_url_parts()
    path = parts[2] if parts else page.url_path
    return settings.SITE_URL + path


def _topic_names(keys: set, locale: Locale) -> dict:
    names = {}
    for topic in Topic.objects.filter(translation_key__in=keys).select_related("locale"):
        if topic.translation_key not in names or topic.locale_id == locale.pk:
            names[topic.translation_key] = topic
    return names


def issue_in_language(issue: IssuePage, language: str) -> IssuePage | None:
    """The live translation of `issue` in `language`, or None."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return None
    translated = _translation(issue, locale)
    if translated is None or not translated.live:
        return None
    return translated.specific


def issue_for_reader(issue: IssuePage, language: str) -> tuple[IssuePage, bool]:
    """The issue page a subscriber reading `language` gets: its translation, or the source
    issue as the fallback: (page, fallback)."""
    translated = issue_in_language(issue, language)
    if translated is not None:
        return translated, False
    return issue_in_language(issue, FALLBACK_LANGUAGE) or issue, True


def issue_topic_slugs(issue: IssuePage) -> set[str]:
    """Slugs of the topics with a live article in `issue` or any of its translations (slugs are
    the same in every language)."""
    return set(
        ArticlePage.objects.live()
        .filter(issue_week__translation_key=issue.translation_key)
        .values_list("topic__slug", flat=True)
    ) | {a.topic.slug for a in issue.articles()}


def build_topic_groups(
    issue: IssuePage,
    language: str,
    topics: tuple[str, ...] = (),
    shown: tuple[IssuePage, bool] | None = None,
) -> tuple[list[EmailTopic], bool]:
    """The articles of `issue` for an email in `language`, grouped by topic, filtered to the
    topic slugs in `topics` (empty = all). Returns (groups, fallback)."""
    translated, fallback = shown or issue_for_reader(issue, language)
    content_language = translated.locale.language_code
    source = issue if issue.pk != translated.pk else None

    # ArticlePage rows (Any: django-stubs cannot see Wagtail's page subclasses' fields).
    articles: list[Any] = list(translated.articles())
    if source is not None:
        # Source articles that have no live translation in this issue yet.
        have = {a.translation_key for a in articles}
        articles += [a for a in source.articles() if a.translation_key not in have]

    locale = translated.locale
    topic_by_key = _topic_names({a.topic.translation_key for a in articles}, locale)
    groups: dict = {}
    for article in articles:
        topic = topic_by_key.get(article.topic.translation_key, article.topic)
        if topics and topic.slug not in topics:
            continue
        in_other_language = article.locale_id != locale.pk
        entry = EmailArticle(
            title=article.title,
            lead=article.lead,
            url=_absolute(article),
            trend=article.trend,
            trend_symbol=TREND_SYMBOLS.get(Trend(article.trend), "●"),
            trend_sentence=_sentence(article.trend, content_language),
            language_note=(
                LANGUAGE_NAMES.get(article.locale.language_code, "") if in_other_language else ""
            ),
            language=article.locale.language_code if in_other_language else "",
        )
        key = topic.translation_key
        if key not in groups:
            groups[key] = (topic.sort_order, topic.name, EmailTopic(topic.name, topic.slug))
        groups[key][2].articles.append(entry)
    ordered = [g[2] for g in sorted(groups.values(), key=lambda g: (g[0], g[1]))]
    return ordered, fallback


def _sentence(trend: str, language: str) -> str:
    with translation.override(language):
        return trend_sentence(trend)


def _wrap_long_lines(html: str, limit: int = MAX_LINE) -> str:
    """Break lines longer than `limit`: at a space (equivalent in HTML outside <pre>, which the
    email template does not use), else between two tags, else (a very long word) anywhere."""
    out = []
    for line in html.splitlines():
        while len(line) > limit:
            cut = line.rfind(" ", 1, limit)
            if cut > 0:
                out.append(line[:cut])
                line = line[cut + 1 :]
                continue
            cut = line.rfind(">", 1, limit - 1)
            cut = cut + 1 if cut > 0 else limit
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def _is_link(word: str) -> bool:
    return "://" in word or word.startswith("mailto:")


def wrap_text(text: str, width: int = TEXT_WIDTH, limit: int = MAX_LINE) -> str:
    """Wrap the plain-text part at `width` columns. Links are never broken (mail clients must
    find them whole) unless longer than `limit`; other words longer than `width` are split."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        for piece in textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [
            line
        ]:
            step = limit if _is_link(piece) else width
            while len(piece) > step:
                out.append(piece[:step])
                piece = piece[step:]
            out.append(piece)
    return "\n".join(out)


_BLANK_LINES = re.compile(r"\n{3,}")


def render_issue_email(
    issue: IssuePage,
    language: str,
    *,
    topics: Iterable[str] | None = None,
    unsubscribe_url: str,
    preferences_url: str,
) -> RenderedEmail:
    """Render the issue email for subscribers reading `language` who chose `topics`
    (None/empty = all topics). Pure read; call once per group, not per recipient."""
    if language not in LANGUAGE_NAMES:
        language = FALLBACK_LANGUAGE
    selection = topic_key(topics)
    shown, fallback = issue_for_reader(issue, language)
    groups, fallback = build_topic_groups(issue, language, selection, (shown, fallback))
    content_language = FALLBACK_LANGUAGE if fallback else language

    with translation.override(language):
        # The note is in the subscriber's own language, the rest in the email's language.
        fallback_note = ""
        if fallback:
            fallback_note = str(
                translation.gettext(
                    "This issue is not yet available in %(language)s. Here is the English edition."
                )
                % {"language": LANGUAGE_NAMES[language]}
            )
    identity = publication_identity(content_language)
    context = {
        "site_name": identity.name,
        "follow_links": identity.follow_links,
        "site_url": settings.SITE_URL,
        "week_label": week_label(shown.week_start, content_language),
        "issue_url": _absolute(shown),
        "summary": shown.summary,
        "topic_groups": groups,
        "article_count": sum(len(g.articles) for g in groups),
        "fallback_note": fallback_note,
        "unsubscribe_url": unsubscribe_url,
        "preferences_url": preferences_url,
        "language": content_language,
        "reader_language": language,
        "topic_filtered": bool(selection),
    }
    with translation.override(content_language):
        subject: str = render_to_string(f"{TEMPLATE}.subject.txt", context)
        text: str = render_to_string(f"{TEMPLATE}.txt", context)
        html: str = render_to_string(f"{TEMPLATE}.html", context)
    subject = " ".join(subject.split())
    text = wrap_text(_BLANK_LINES.sub("\n\n", text).strip()) + "\n"
    import css_inline  # only sending and previews inline CSS: kept out of public page workers

    html = _wrap_long_lines(css_inline.inline(html))
    return RenderedEmail(
        language=language,
        content_language=content_language,
        subject=subject,
        text=text,
        html=html,
        fallback=fallback,
        article_count=context["article_count"],
        site_name=identity.name,
        from_email=identity.from_email(str(settings.DEFAULT_FROM_EMAIL)),
        stand_in_count=(
            context["article_count"]
            if fallback
            else sum(1 for g in groups for a in g.articles if a.language)
        ),
    )
