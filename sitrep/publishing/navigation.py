"""The language switch and `hreflang` alternates of every public page.

A reader switching language lands on the same page in the other language when a live
translation exists, and otherwise on that language's home page with `?untranslated=1`, where
the home page explains why. The pure part (`language_links`,
`hreflang_alternates`) takes the URLs of the live translations; `translation_urls_for_*` find
those URLs with one query per page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from sitrep.core.prepared import PreparedQuery

from .page_urls import page_url
from .routing import language_codes

UNTRANSLATED_PARAM = "untranslated"

# The link of an article shown in its own language on another language's page ("stand-in",
# editions.py). One phrase per language: the language's name is inflected differently in each.
READ_IN_LANGUAGE = {
    "en": _("Read in English"),
    "be": _("Read in Belarusian"),
    "ru": _("Read in Russian"),
}
# Beside a headline in another language than the page's (the archive's lists).
IN_LANGUAGE = {
    "en": _("in English"),
    "be": _("in Belarusian"),
    "ru": _("in Russian"),
}


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    # False when the link falls back to that language's home page.
    is_translated: bool


def home_url(language_code: str) -> str:
    return f"/{language_code}/"


def fallback_url(language_code: str) -> str:
    """Where the switch leads when the page has no live translation in `language_code`."""
    return f"{home_url(language_code)}?{UNTRANSLATED_PARAM}=1"


def language_links(
    current_code: str,
    current_url: str,
    translation_urls: Mapping[str, str],
    languages: Iterable[tuple[str, str]] | None = None,
) -> list[LanguageLink]:
    """One link per site language, the current one included (marked with aria-current)."""
    links = []
    for code, name in languages if languages is not None else settings.LANGUAGES:
        if code == current_code:
            links.append(LanguageLink(code, name, current_url, True, True))
        elif code in translation_urls:
            links.append(LanguageLink(code, name, translation_urls[code], False, True))
        else:
            links.append(LanguageLink(code, name, fallback_url(code), False, False))
    return links


def hreflang_alternates(
    current_code: str,
    current_url: str,
    translation_urls: Mapping[str, str],
    default_code: str | None = None,
) -> list[tuple[str, str]]:
    """(hreflang, url) for the page itself, each live translation and `x-default`.

    x-default points at the default language's version when it exists, else at this page.
    """
    default_code = default_code or settings.LANGUAGE_CODE
    urls = {**translation_urls, current_code: current_url}
    alternates = [(code, urls[code]) for code, _name in settings.LANGUAGES if code in urls]
    alternates.append(("x-default", urls.get(default_code, current_url)))
    return alternates


# Every page's language switch: compiled once (sitrep/core/prepared.py).
_live_translations = PreparedQuery(
    lambda translation_key, pk: (
        Page.objects.live()
        .filter(translation_key=translation_key)
        .exclude(pk=pk)
        .values_list("url_path", "locale_id")
    )
)


def translation_urls_for_page(page: Page, request: HttpRequest | None) -> dict[str, str]:
    """URLs of the live translations of `page` (other locales only), with one query: read as
    values, their URLs as Wagtail gives them (`page_url`), without building page objects."""
    if page.pk is None:
        # A preview of a page not saved yet: it has no row to leave out.
        others = (
            Page.objects.live()
            .filter(translation_key=page.translation_key)
            .values_list("url_path", "locale_id")
        )
    else:
        others = _live_translations(page.translation_key, page.pk)
    codes = language_codes()
    urls = {}
    for url_path, locale_id in others:
        if request is None:
            url = Page(url_path=url_path).get_url()
        else:
            url = page_url(url_path, request)
        if url:
            urls[codes[locale_id]] = url
    return urls


def translation_urls_for_topic(topic) -> dict[str, str]:
    """URLs of a topic's pages in the other languages (`/<lang>/topics/<slug>/`), one query."""
    from .models import Topic

    others = (
        Topic.objects.filter(translation_key=topic.translation_key)
        .exclude(pk=topic.pk)
        .select_related("locale")
    )
    return {other.locale.language_code: other.get_url() for other in others}


def translation_urls_for_home_route(
    home: Page, request: HttpRequest | None, route: str
) -> dict[str, str]:
    """URLs of a home page's sub-route (e.g. 'topics/') in the other languages."""
    return {code: f"{url}{route}" for code, url in translation_urls_for_page(home, request).items()}
