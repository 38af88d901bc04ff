"""Headers of the pages reached by a signed link, and no cookies on public pages.

- A token in the URL must not travel in a Referer header and must not be indexed.
- Public pages (home, articles, the signup page) set no cookie and do not vary on one, so they
  can be cached; the signup form works without a CSRF token.
- Browsers send `Origin: null` with a form POST from a `no-referrer` page: the token pages'
  own buttons must work with it, without a cookie.
"""

from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest
from django.core import mail
from django.db import transaction
from django.test import Client
from django.utils import translation

from sitrep.newsletter import tokens
from sitrep.newsletter.models import Subscriber
from sitrep.publishing.actions import do_ensure_site_structure
from tests import factories as f
from tests.helpers import clear_cache

from .subscription_helpers import links_in, path_of, post_subscribe, subscriber_for

pytestmark = pytest.mark.django_db

Status = Subscriber.Status


@pytest.fixture(scope="module")
def publication(django_db_setup, django_db_blocker):
    """A site with one issue and one article, built once for the module and rolled back."""
    with django_db_blocker.unblock(), transaction.atomic():
        do_ensure_site_structure()
        topics = f.make_topics()
        issue = f.make_issue(datetime.date(2023, 10, 9), summary="A week of small changes.")
        article = f.make_article(
            issue, title="Bread costs more", slug="bread-costs-more", topic=topics["economy"]["en"]
        )
        yield SimpleNamespace(issue=issue, article=article)
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def fresh_state():
    clear_cache()
    with translation.override("en"):
        yield
    clear_cache()


@pytest.fixture
def browser():
    """A client that, like a browser, enforces CSRF and keeps cookies between requests."""
    return Client(enforce_csrf_checks=True)


def sign_up(client, email, django_capture_on_commit_callbacks, **kwargs):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = post_subscribe(client, email, **kwargs)
    return response


@pytest.fixture
def confirmed(publication, django_capture_on_commit_callbacks):
    def run(email):
        client = Client()
        sign_up(client, email, django_capture_on_commit_callbacks)
        client.post(path_of(links_in(mail.outbox[-1])[0]))
        mail.outbox.clear()
        return subscriber_for(email)

    return run


def assert_token_page_headers(response):
    assert response["Referrer-Policy"] == "no-referrer", response.request
    assert "noindex" in response["X-Robots-Tag"], response.request


def assert_sets_no_cookie(response):
    assert not response.cookies, response.cookies.output()
    assert "Cookie" not in response.get("Vary", ""), response.get("Vary")


# --- token pages -------------------------------------------------------------------------


def test_confirmation_pages_send_no_referrer_and_noindex(
    publication, browser, django_capture_on_commit_callbacks
):
    sign_up(Client(), "anna@example.org", django_capture_on_commit_callbacks)
    link = path_of(links_in(mail.outbox[-1])[0])
    assert_token_page_headers(browser.get(link))
    assert_token_page_headers(browser.post(link, HTTP_ORIGIN="null"))
    assert_token_page_headers(browser.get(link))  # used: "already confirmed"
    assert_token_page_headers(browser.get("/en/newsletter/confirm/forged/"))  # error page


def test_preferences_and_unsubscribe_pages_send_no_referrer_and_noindex(confirmed, browser):
    subscriber = confirmed("anna@example.org")
    preferences = path_of(tokens.preferences_url(subscriber, "be"))
    unsubscribe = path_of(tokens.unsubscribe_url(subscriber, "ru"))
    assert_token_page_headers(browser.get(preferences))
    assert_token_page_headers(browser.post(preferences, {"language": "ru"}, HTTP_ORIGIN="null"))
    assert_token_page_headers(browser.get("/en/newsletter/preferences/1.forged/"))
    assert_token_page_headers(browser.get(unsubscribe))
    assert_token_page_headers(browser.post(unsubscribe, {"List-Unsubscribe": "One-Click"}))


def test_public_pages_keep_the_site_referrer_policy(publication, client):
    for path in ("/en/", "/en/newsletter/subscribe/", publication.article.url):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Referrer-Policy"] == "same-origin", path
        assert "X-Robots-Tag" not in response, path


def test_token_page_buttons_work_without_a_cookie_from_a_no_referrer_page(
    publication, browser, django_capture_on_commit_callbacks
):
    # Under Referrer-Policy: no-referrer a browser sends "Origin: null" with the form POST;
    # the signed token is the authority, so no CSRF cookie is needed (or set).
    sign_up(Client(), "anna@example.org", django_capture_on_commit_callbacks)
    link = path_of(links_in(mail.outbox[-1])[0])
    page = browser.get(link)
    assert_sets_no_cookie(page)
    response = browser.post(link, HTTP_ORIGIN="null")
    assert response.status_code == 200
    assert subscriber_for("anna@example.org").status == Status.CONFIRMED

    subscriber = subscriber_for("anna@example.org")
    preferences = path_of(tokens.preferences_url(subscriber, "en"))
    assert_sets_no_cookie(browser.get(preferences))
    response = browser.post(preferences, {"language": "be"}, HTTP_ORIGIN="null")
    assert response.status_code == 200
    assert subscriber_for("anna@example.org").language == "be"

    unsubscribe = path_of(tokens.unsubscribe_url(subscriber, "en"))
    assert_sets_no_cookie(browser.get(unsubscribe))
    assert browser.post(unsubscribe, HTTP_ORIGIN="null").status_code == 200
    assert Subscriber.objects.get(pk=subscriber.pk).status == Status.UNSUBSCRIBED
    assert not browser.cookies


# --- public pages: no cookie ---------------------------------------------------------------


def test_public_pages_with_the_signup_form_set_no_cookie(publication):
    paths = [
        "/en/",
        "/be/",
        "/ru/",
        publication.article.url,
        "/en/newsletter/subscribe/",
        "/be/newsletter/subscribe/",
    ]
    for path in paths:
        client = Client()
        response = client.get(path)
        assert response.status_code == 200, path
        assert 'class="signup-form"' in response.content.decode(), path
        assert "csrfmiddlewaretoken" not in response.content.decode(), path
        assert_sets_no_cookie(response)
        assert not client.cookies, path


def test_signup_without_a_csrf_token_works(
    publication, browser, django_capture_on_commit_callbacks
):
    # A browser that never received a cookie (the form's page set none) posts the form.
    response = sign_up(browser, "anna@example.org", django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert "Check your inbox" in response.content.decode()
    assert_sets_no_cookie(response)
    assert len(mail.outbox) == 1
    assert subscriber_for("anna@example.org").status == Status.PENDING


def test_signup_form_error_page_sets_no_cookie(publication, browser):
    response = post_subscribe(browser, "not an address")
    assert response.status_code == 400
    assert_sets_no_cookie(response)
