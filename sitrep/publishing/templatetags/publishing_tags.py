"""Template tags of the public site: trend badge, week labels, byline, language switch."""

from __future__ import annotations

import datetime
from typing import Any

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext

from sitrep.core.dates import format_date, week_label

from .. import navigation
from ..trends import Trend, trend_sentence

register = template.Library()


def _language() -> str:
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


# (language, trend, element) -> the badge's HTML. A badge is the same few hundred bytes for
# each trend in each language, and a list shows up to 120 of them: rendering its template
# every time (a tag's own context, a nested include, the sentence's translation) was ~15 % of
# the archive page and grew with the weeks it lists (issue 10). Rendered once per process: the
# template and the translation catalogues do not change while it runs.
_rendered_badges: dict[tuple[str | None, str, str], SafeString] = {}


@register.simple_tag
def trend_badge(trend: str, tag: str = "p") -> SafeString:
    """Icon + words, with colour as a third cue (never colour alone)."""
    key = (get_language(), trend, tag)
    badge = _rendered_badges.get(key)
    if badge is None:
        value = Trend(trend).value  # an unknown trend fails here, never stored
        context = {"trend": value, "sentence": trend_sentence(value), "tag": tag}
        badge = _rendered_badges[key] = render_to_string("includes/trend_badge.html", context)
    return badge


@register.filter
def week_range(week_start: datetime.date, with_year: bool = True) -> str:
    """The week Monday–Sunday in the active language: '9 – 15 кастрычніка 2023 г.'"""
    return week_label(week_start, _language(), with_year=with_year)


@register.simple_tag
def read_in_language(code: str) -> str:
    """'Read in English', in the active language, for a link to an untranslated article."""
    label = navigation.READ_IN_LANGUAGE.get(code)
    return str(label) if label is not None else gettext("Read more")


@register.simple_tag
def in_language(code: str) -> str:
    """'in English', in the active language, beside a headline that is not translated yet."""
    label = navigation.IN_LANGUAGE.get(code)
    return str(label) if label is not None else code


@register.filter
def local_date(day: datetime.date) -> str:
    return format_date(day, _language())


@register.simple_tag
def byline(authors: list) -> str:
    """'by A, B and C' in the active language; empty without authors."""
    names = [str(author) for author in authors]
    if not names:
        return ""
    if len(names) == 1:
        joined = names[0]
    else:
        # Translators: joins the last two author names, e.g. "Anna Lis and Ian Bel".
        joined = gettext("%(names)s and %(last)s") % {
            "names": ", ".join(names[:-1]),
            "last": names[-1],
        }
    # Translators: the byline under an article title.
    return gettext("by %(authors)s") % {"authors": joined}


@register.simple_tag(takes_context=True)
def page_alternates(context) -> dict[str, Any]:
    """The language switch links and hreflang alternates for the page being rendered.

    Wagtail pages use their live translations; the routable topic pages use the topic's
    translations; pages without either (404) link to each language's home page.
    """
    request = context.get("request")
    language = _language()
    current_url = request.path if request is not None else navigation.home_url(language)
    page = context.get("page")
    topic = context.get("topic")
    route = context.get("home_route")
    if topic is not None:
        urls = navigation.translation_urls_for_topic(topic)
    elif page is not None and route:
        urls = navigation.translation_urls_for_home_route(page, request, route)
    elif page is not None and getattr(page, "translation_key", None):
        urls = navigation.translation_urls_for_page(page, request)
    else:
        urls = None
    if urls is None:
        links = [
            navigation.LanguageLink(code, name, navigation.home_url(code), code == language, True)
            for code, name in settings.LANGUAGES
        ]
        return {"links": links, "alternates": []}

    def absolute(url: str) -> str:
        return request.build_absolute_uri(url) if request is not None else url

    return {
        "links": navigation.language_links(language, current_url, urls),
        "alternates": [
            (code, absolute(url))
            for code, url in navigation.hreflang_alternates(language, current_url, urls)
        ],
        "canonical": absolute(current_url),
    }


@register.simple_tag(takes_context=True)
def article_teaser(
    context,
    article,
    *,
    show_week: bool = False,
    hide_lead: bool = False,
    with_image: bool = False,
) -> SafeString:
    """An article in a list (home, issue, topic, "Read more"): its linked title, week, trend,
    byline and lead, with the "not yet translated" note for a stand-in.

    Built here rather than by an included template: a page lists up to twelve, and the
    template engine's work per teaser (~1 M instructions, a seventh of an uncached article page
    for its four "Read more" teasers) was the largest part of each list's cost (issue 10). The
    image, on the home page only, is still a template (includes/teaser_figure.html)."""
    escape = conditional_escape
    request = context.get("request")
    url = escape(article.get_url(request=request))
    stand_in = article.is_stand_in
    own_lang = escape(article.language_code)
    image = with_image and article.featured_image
    parts = [
        '<article class="teaser',
        " teaser--stand-in" if stand_in else "",
        " teaser--with-image" if image else "",
        '">\n  <h3 class="teaser__title"',
        f' lang="{own_lang}"' if stand_in else "",
        f'><a href="{url}"',
        f' hreflang="{own_lang}"' if stand_in else "",
        f">{escape(article.title)}</a></h3>\n  ",
    ]
    if stand_in:
        # Translators: beside an article shown in its original language because it has no
        # translation in the page's language yet; name this catalogue's own language.
        note = gettext("Not yet translated into English")
        parts.append(f'<p class="teaser__untranslated">{escape(note)}</p>')
    parts.append("\n  ")
    if image:
        figure = context.template.engine.get_template("includes/teaser_figure.html")
        with context.push(article=article, own_lang=article.language_code):
            parts.append(f"\n  {figure.render(context)}\n  ")
    parts.append("\n  ")
    if show_week:
        issue = article.issue_week
        parts.append(
            f'<p class="teaser__meta"><a href="{escape(issue.get_url(request=request))}">'
            f"{escape(week_range(issue.week_start))}</a></p>"
        )
    parts.append(f"\n  {trend_badge(article.trend)}\n  ")
    if article.byline_authors:
        authors = escape(byline(article.byline_authors))
        parts.append(f'<p class="byline teaser__byline">{authors}</p>')
    parts.append("\n  ")
    if not hide_lead:
        title = escape(article.title)
        parts.append(
            '<p class="teaser__lead"'
            + (f' lang="{own_lang}"' if stand_in else "")
            + f'>{escape(article.lead)}</p>\n  <p class="teaser__more">'
        )
        if stand_in:
            label = escape(read_in_language(article.language_code))
            parts.append(
                f'<a href="{url}" hreflang="{own_lang}">{label}'
                f'<span class="visually-hidden">: <span lang="{own_lang}">{title}</span></span></a>'
            )
        else:
            parts.append(
                f'<a href="{url}">{escape(gettext("Read more"))}'
                f'<span class="visually-hidden">: {title}</span></a>'
            )
        parts.append("</p>")
    parts.append("\n</article>\n")
    return mark_safe("".join(parts))  # every value above is escaped
