"""The URLs lists show are Wagtail's: page URLs with the root's `reverse()` kept per request
(page_urls.url_parts) and the archive's headlines read as values (week_headlines) give
exactly what Wagtail's own `Page.get_url_parts` / `get_url(request)` give."""

from __future__ import annotations

import pytest
from django.test import RequestFactory
from django.urls import get_script_prefix, set_script_prefix
from django.utils import translation
from wagtail.models import Page, Site

from sitrep.publishing.models import (
    ArticlePage,
    HomePage,
    IssuePage,
    week_articles,
    week_headlines,
)
from sitrep.publishing.page_urls import page_url
from tests import factories as f

pytestmark = pytest.mark.django_db
LANGS = ("en", "be", "ru")


def wagtail_url(page: Page, request) -> str | None:
    """Page.get_url(request) as Wagtail computes it, without our get_url_parts."""
    parts = Page.get_url_parts(page, request)
    if parts is None or parts[1] is None and parts[2] is None:
        return None
    site_id, root_url, path = parts
    site = Site.find_for_request(request)
    one_site = len({root.site_id for root in Site.get_site_root_paths()}) == 1
    return path if (site is not None and site.pk == site_id) or one_site else root_url + path


def all_pages() -> list[Page]:
    return list(Page.objects.filter(depth__gt=1).specific().order_by("path"))


@pytest.mark.parametrize("active", LANGS)
def test_every_page_url_is_wagtails_in_every_language(publication, active):
    request = RequestFactory().get(f"/{active}/")  # one request: the root URLs are reused
    with translation.override(active):
        pages = all_pages()
        assert len(pages) > 20
        for page in pages:
            assert page.get_url_parts(request) == Page.get_url_parts(
                page, RequestFactory().get("/")
            )
            assert page_url(page.url_path, request) == wagtail_url(page, request)


def test_page_urls_keep_the_script_prefix(publication):
    previous = get_script_prefix()
    set_script_prefix("/sitrep/")
    try:
        request = RequestFactory().get("/sitrep/en/")
        article = publication.articles["be"]["prices"]
        assert article.get_url(request).startswith("/sitrep/be/issues/")
        assert article.get_url(request) == wagtail_url(article, RequestFactory().get("/"))
        assert page_url(article.url_path, request) == article.get_url(request)
    finally:
        set_script_prefix(previous)


def test_a_slug_reverse_would_encode_gets_wagtails_url(publication):
    issue = publication.issues["be"]["current"]
    economy = publication.topics["economy"]["be"]
    article = f.make_article(issue, title="Цэны", slug="цэны-растуць", topic=economy)
    request = RequestFactory().get("/be/")
    publication.articles["be"]["prices"].get_url(request)  # the be root's URL is known
    url = article.get_url(request)
    assert "%D1%86" in url  # percent-encoded by reverse(), not passed through
    assert url == wagtail_url(article, RequestFactory().get("/"))
    assert page_url(article.url_path, request) == url


def test_pages_of_another_site_get_its_root_url(publication):
    en_home = HomePage.objects.get(locale__language_code="en")
    root = Page.get_first_root_node()
    other_home = root.add_child(
        instance=HomePage(title="Other", slug="other-home", locale=f.locale("en"))
    )
    Site.objects.create(hostname="other.example", port=80, root_page=other_home)
    # Two sites on one root: Wagtail picks the request's site among them.
    Site.objects.create(hostname="alias.example", port=8080, root_page=en_home)
    for host in ("localhost", "other.example", "alias.example:8080"):
        request = RequestFactory().get("/en/", HTTP_HOST=host)
        for page in [other_home, *all_pages()]:
            expected = wagtail_url(page, RequestFactory().get("/en/", HTTP_HOST=host))
            assert page.get_url(request) == expected, (host, page.url_path)
            assert page_url(page.url_path, request) == expected, (host, page.url_path)
    assert other_home.get_url(RequestFactory().get("/")) == "http://other.example/en/"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("preview", [False, True])
def test_archive_headlines_are_the_issue_pages_articles(publication, lang, preview):
    # One week's issue unpublished in this language: its articles have no public URL, except
    # in an editor's preview.
    publication.issues[lang]["previous"].unpublish()
    issues = list(IssuePage.objects.filter(locale__language_code=lang).order_by("-week_start"))
    locale_id = issues[0].locale_id
    request = RequestFactory().get(f"/{lang}/issues/")
    request.is_preview = preview
    with translation.override(lang):
        articles = week_articles(issues, locale_id)
        headlines = week_headlines(issues, locale_id, request)
        assert list(headlines) == list(articles)
        shown = {
            week: [(a.title, a.get_url(request), a.trend, a.language_code, a.is_stand_in)
                   for a in week_list]
            for week, week_list in articles.items()
        }  # fmt: skip
        listed = {
            week: [(h.title, h.url, h.trend, h.language_code, h.is_stand_in) for h in week_list]
            for week, week_list in headlines.items()
        }
    assert listed == shown
    urls = [url for week in listed.values() for _, url, *_ in week]
    assert (None in urls) is (not preview)
    if lang != "en":
        assert any(stand_in for week in listed.values() for *_, stand_in in week)
    assert all(isinstance(a, ArticlePage) for week in articles.values() for a in week)
