"""Subscribing, confirming, preferences and unsubscribing, through HTTP, with the immediate task
backend (emails land in mail.outbox once the transaction commits)."""

from __future__ import annotations

import time
from email import message_from_bytes
from email.header import decode_header, make_header
from unittest import mock

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.models import Locale

from sitrep.newsletter import tokens
from sitrep.newsletter.models import Subscriber
from tests.helpers import clear_cache

from .subscription_helpers import (
    links_in,
    make_topics,
    only_email,
    path_of,
    post_subscribe,
    subscriber_for,
)

pytestmark = pytest.mark.django_db

Status = Subscriber.Status
LANGUAGES = ("en", "be", "ru")


@pytest.fixture(autouse=True)
def clean_cache():
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def topics(db):
    # Locales only: these pages need no page tree, and building one costs a second per test.
    make_topics({code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES})


@pytest.fixture
def subscribe(client, django_capture_on_commit_callbacks, topics):
    """POST the signup form and run what was enqueued after commit (the immediate backend)."""

    def run(email, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return post_subscribe(client, email, **kwargs)

    return run


@pytest.fixture
def confirmed(subscribe, client):
    def run(email, **kwargs):
        subscribe(email, **kwargs)
        confirm_url = links_in(mail.outbox[-1])[0]
        response = client.post(path_of(confirm_url))
        assert response.status_code == 200
        mail.outbox.clear()
        return subscriber_for(email)

    return run


# --- the happy path ---------------------------------------------------------------------------


def test_subscribe_confirm_and_see_success_in_the_language_of_the_link(subscribe, client):
    response = subscribe("Reader@Example.org", language="ru", page="be", topics=["economy"])
    assert response.status_code == 200
    subscriber = subscriber_for("reader@example.org")
    assert subscriber.status == Status.PENDING
    assert subscriber.language == "ru" and subscriber.topics == ["economy"]

    message = only_email()
    assert message.to == ["Reader@example.org"]
    assert message.extra_headers["Content-Language"] == "ru"
    assert "Подтвердите подписку" in message.subject
    confirm_url = links_in(message)[0]
    assert "/ru/newsletter/confirm/" in confirm_url
    html = message.alternatives[0][0]
    assert confirm_url in html

    # Opening the link (what a mail scanner does) changes nothing.
    page = client.get(path_of(confirm_url))
    assert page.status_code == 200
    assert b'method="post"' in page.content
    assert subscriber_for("reader@example.org").status == Status.PENDING

    done = client.post(path_of(confirm_url))
    assert done.status_code == 200
    # The success page speaks the link's language (ru), not the signup page's (be).
    assert "Вы паспяхова падпісаліся" not in done.content.decode()
    assert "Вы успешно подписались" in done.content.decode()
    subscriber = subscriber_for("reader@example.org")
    assert subscriber.status == Status.CONFIRMED and subscriber.confirmed_at is not None
    assert len(mail.outbox) == 1  # confirming sends nothing more


def test_english_success_message(subscribe, client):
    subscribe("anna@example.org")
    response = client.post(path_of(links_in(only_email())[0]))
    assert response.status_code == 200
    assert "You have been successfully subscribed" in response.content.decode()
    assert subscriber_for("anna@example.org").status == Status.CONFIRMED


def test_confirmation_email_headers_are_clean(subscribe, settings):
    subscribe("anna@example.org", language="be")
    message = only_email().message()
    assert message["To"] == "anna@example.org"
    assert message["Message-ID"].endswith(f"@{settings.SITREP_MAIL_DOMAIN}>")
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["Content-Language"] == "be"
    assert message["Bcc"] is None and message["Cc"] is None
    subject = str(make_header(decode_header(message["Subject"])))
    assert "\n" not in subject and "\r" not in subject
    assert subject.startswith("Пацвердзіце падпіску")
    # The serialised message parses back to exactly one recipient and one subject.
    parsed = message_from_bytes(message.as_bytes())
    assert parsed.get_all("To") == ["anna@example.org"] and len(parsed.get_all("Subject")) == 1


# --- no enumeration ---------------------------------------------------------------------------


def test_every_well_formed_request_gets_the_same_response(subscribe, confirmed, client, settings):
    confirmed("confirmed@example.org")
    subscribe("pending@example.org")
    left = confirmed("left@example.org")
    client.post(path_of(tokens.unsubscribe_url(left, "en")))
    Subscriber.objects.create(
        email_hash=subscriber_for("confirmed@example.org").email_hash.replace("0", "1", 1)
    )  # noise row
    bounced = confirmed("bounced@example.org")
    Subscriber.objects.filter(pk=bounced.pk).update(status=Status.BOUNCED)
    mail.outbox.clear()
    clear_cache()

    responses = {
        "new": subscribe("new@example.org"),
        "pending": subscribe("pending@example.org"),
        "confirmed": subscribe("confirmed@example.org"),
        "unsubscribed": subscribe("left@example.org"),
        "bounced": subscribe("bounced@example.org"),
        "honeypot": subscribe("bot@example.org", website="http://spam.example"),
    }
    with override_settings(NEWSLETTER={**settings.NEWSLETTER, "LIMIT_PER_IP_PER_HOUR": 1}):
        responses["rate limited"] = subscribe("other@example.org", ip="198.51.100.1")
        responses["rate limited 2"] = subscribe("new2@example.org", ip="198.51.100.1")
    expected = responses["new"]
    assert expected.status_code == 200
    assert "Check your inbox" in expected.content.decode()
    for name, response in responses.items():
        assert response.status_code == expected.status_code, name
        # Byte for byte: the page carries no per-request CSRF token any more.
        assert response.content == expected.content, name
        assert response.get("Content-Type") == expected.get("Content-Type"), name
        assert not response.cookies, name
    # new, pending, confirmed (already subscribed), unsubscribed (new consent), first rate-limit
    # request; nothing for bounced, the honeypot and the request over the limit.
    assert len(mail.outbox) == 5


def test_already_confirmed_gets_an_email_with_preferences_link_and_nothing_changes(
    confirmed, subscribe, client
):
    before = confirmed("anna@example.org", language="en", topics=["security"])
    subscribe("anna@example.org", language="ru", page="ru", topics=["economy"])
    message = only_email()
    assert message.extra_headers["Content-Language"] == "ru"
    assert "уже подписаны" in message.subject
    url = links_in(message)[0]
    assert "/ru/newsletter/preferences/" in url
    assert client.get(path_of(url)).status_code == 200
    after = subscriber_for("anna@example.org")
    assert (after.status, after.language, after.topics) == (Status.CONFIRMED, "en", ["security"])
    assert after.email_encrypted == before.email_encrypted


def test_unsubscribed_address_needs_new_consent(confirmed, subscribe, client):
    subscriber = confirmed("anna@example.org")
    old_unsubscribe = tokens.unsubscribe_url(subscriber, "en")
    client.post(path_of(old_unsubscribe))
    subscribe("anna@example.org", language="be")
    again = subscriber_for("anna@example.org")
    assert again.pk == subscriber.pk and again.status == Status.PENDING
    assert again.get_email() == "anna@example.org"
    response = client.post(path_of(links_in(only_email())[0]))
    assert response.status_code == 200
    assert subscriber_for("anna@example.org").status == Status.CONFIRMED


def test_bounced_and_complained_get_nothing(confirmed, subscribe):
    for status in (Status.BOUNCED, Status.COMPLAINED):
        email = f"{status}@example.org"
        subscriber = confirmed(email)
        Subscriber.objects.filter(pk=subscriber.pk).update(status=status)
        assert subscribe(email).status_code == 200
        assert mail.outbox == []
        assert subscriber_for(email).status == status


def test_pending_request_again_resends_a_link_that_still_works(subscribe, client):
    subscribe("anna@example.org")
    subscribe("anna@example.org", language="ru")
    first, second = mail.outbox
    assert second.extra_headers["Content-Language"] == "ru"
    assert client.post(path_of(links_in(first)[0])).status_code == 200
    confirmed_at = subscriber_for("anna@example.org").confirmed_at
    # Single use: the second link is for the same consent and is now spent; it says so.
    response = client.post(path_of(links_in(second)[0]))
    assert response.status_code == 200
    assert "Ваша подписка уже подтверждена" in response.content.decode()
    assert subscriber_for("anna@example.org").confirmed_at == confirmed_at


# --- invalid input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "email",
    [
        "not-an-address",
        "anna@",
        "@example.org",
        "anna@localhost",
        "anna@[127.0.0.1]",
        '"anna smith"@example.org',
        "anna@example.org\r\nBcc: victim@example.net",
        "anna@example.org\n",
        "anna@exam\x00ple.org",
        "a" * 65 + "@example.org",
        "anna@" + "d" * 250 + ".org",
        "",
    ],
)
def test_invalid_addresses_get_a_form_error_and_change_nothing(subscribe, email):
    response = subscribe(email)
    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.content.decode()
    assert Subscriber.objects.count() == 0
    assert mail.outbox == []


def test_form_error_is_clear_and_translated(subscribe):
    response = subscribe("not-an-address", page="ru", language="ru")
    assert "Введите правильный адрес" in response.content.decode()


@pytest.mark.parametrize(
    "field",
    [
        {"language": "de"},
        {"language": "en\r\n"},
        {"topics": ["no-such-topic"]},
        {"topics": ["economy\nX-Injected: 1"]},
    ],
)
def test_unknown_language_or_topic_is_rejected(subscribe, field):
    kwargs = {"language": "en", "topics": ()}
    kwargs.update(field)
    response = subscribe("anna@example.org", **kwargs)
    assert response.status_code == 400
    assert Subscriber.objects.count() == 0 and mail.outbox == []


def test_honeypot_gets_the_neutral_page_and_nothing_happens(subscribe):
    response = subscribe("anna@example.org", website="x")
    assert response.status_code == 200 and "Check your inbox" in response.content.decode()
    assert Subscriber.objects.count() == 0 and mail.outbox == []


def test_signup_page_get_shows_the_form_and_changes_nothing(client, topics):
    response = client.get("/be/newsletter/subscribe/")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'name="email"' in body and 'name="website"' in body
    assert 'value="economy"' in body and "Эканоміка" in body
    assert '<option value="be" lang="be" selected>' in body
    assert Subscriber.objects.count() == 0


# --- abuse limits -----------------------------------------------------------------------------


def test_per_ip_limit_sends_nothing_past_the_limit(subscribe, settings):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "LIMIT_PER_IP_PER_HOUR": 2}
    for number in range(3):
        assert subscribe(f"reader{number}@example.org", ip="192.0.2.1").status_code == 200
    assert len(mail.outbox) == 2
    assert subscriber_for("reader2@example.org") is None
    # Another client is not affected; an IPv6 /64 counts as one client.
    subscribe("reader3@example.org", ip="192.0.2.2")
    assert len(mail.outbox) == 3
    settings.NEWSLETTER = {**settings.NEWSLETTER, "LIMIT_PER_IP_PER_HOUR": 1}
    clear_cache()
    subscribe("six1@example.org", ip="2001:db8::1")
    subscribe("six2@example.org", ip="2001:db8::2")
    assert len(mail.outbox) == 4


def test_per_address_limit(subscribe, settings):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "LIMIT_PER_ADDRESS_PER_HOUR": 2}
    for number in range(3):
        subscribe("anna@example.org", ip=f"192.0.2.{number + 1}")
    assert len(mail.outbox) == 2


def test_at_most_three_confirmation_emails_per_address_per_day(subscribe):
    for number in range(5):
        subscribe("Anna@example.org", ip=f"192.0.2.{number + 1}")
    assert len(mail.outbox) == 3


def test_rate_limit_keys_contain_no_address_or_ip(subscribe):
    subscribe("anna@example.org", ip="192.0.2.55")
    # django-redis can list keys; the local-memory cache keeps them in a dict.
    keys = list(cache.keys("*")) if hasattr(cache, "keys") else list(cache._cache.keys())
    assert keys
    assert not [key for key in keys if "anna" in key or "192.0.2.55" in key]


# --- links: forged, expired, replayed ---------------------------------------------------------


def test_forged_confirmation_link_is_rejected_and_changes_nothing(subscribe, client):
    subscribe("anna@example.org")
    url = path_of(links_in(only_email())[0])
    forged = url.replace("/confirm/", "/confirm/9").replace(":", ":x", 1)
    for method in (client.get, client.post):
        response = method(forged)
        assert response.status_code == 400
        assert "This link is not valid" in response.content.decode()
    assert subscriber_for("anna@example.org").status == Status.PENDING


def test_expired_confirmation_link_is_rejected(subscribe, client):
    subscribe("anna@example.org")
    url = path_of(links_in(only_email())[0])
    three_days_later = time.time() + 72 * 3600 + 60
    with mock.patch("django.core.signing.time.time", return_value=three_days_later):
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code == 410
            assert "This link has expired" in response.content.decode()
    assert subscriber_for("anna@example.org").status == Status.PENDING
    assert client.post(url).status_code == 200  # still valid before the deadline


def test_replayed_confirmation_link_confirms_nothing_more_and_says_so(subscribe, client):
    subscribe("anna@example.org")
    url = path_of(links_in(only_email())[0])
    assert client.post(url).status_code == 200
    confirmed_at = subscriber_for("anna@example.org").confirmed_at
    for method in (client.get, client.post):
        response = method(url)
        assert response.status_code == 200
        assert "Your subscription is already confirmed" in response.content.decode()
    assert subscriber_for("anna@example.org").confirmed_at == confirmed_at


def test_confirmation_link_from_before_an_unsubscribe_cannot_confirm_a_new_request(
    subscribe, client
):
    subscribe("anna@example.org")
    old = path_of(links_in(only_email())[0])
    subscriber = subscriber_for("anna@example.org")
    client.post(path_of(tokens.unsubscribe_url(subscriber, "en")))
    mail.outbox.clear()
    subscribe("anna@example.org")
    assert client.post(old).status_code == 410
    assert subscriber_for("anna@example.org").status == Status.PENDING


def test_forged_unsubscribe_and_preferences_links_are_rejected(confirmed, client):
    subscriber = confirmed("anna@example.org")
    other = confirmed("bob@example.org")
    token = tokens.unsubscribe_token(subscriber)
    forged = [
        f"{other.pk}.{token.split('.')[1]}",  # someone else's id with this MAC
        token[:-2] + "zz",
        "1.AAAAAAAAAAAAAAAAAAAAAA",
        tokens.preferences_token(other),  # wrong purpose
    ]
    for bad in forged:
        response = Client(enforce_csrf_checks=True).post(f"/en/newsletter/unsubscribe/{bad}/")
        assert response.status_code == 400, bad
    assert client.get(f"/en/newsletter/preferences/{token}/").status_code == 400
    assert Subscriber.objects.filter(status=Status.CONFIRMED).count() == 2


# --- unsubscribe ------------------------------------------------------------------------------


def test_one_click_unsubscribe_by_post_without_cookie(confirmed):
    subscriber = confirmed("anna@example.org")
    url = path_of(tokens.unsubscribe_url(subscriber, "en"))
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        url, data="List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert not client.cookies
    after = Subscriber.objects.get(pk=subscriber.pk)
    assert after.status == Status.UNSUBSCRIBED
    assert after.email_encrypted is None and after.email_hash == subscriber.email_hash
    assert after.unsubscribe_source == "one-click" and after.topics == []
    # Idempotent: a second POST (a retrying mail client) is fine too.
    assert (
        client.post(
            url, data="List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
        ).status_code
        == 200
    )


def test_one_click_unsubscribe_multipart_body(confirmed):
    subscriber = confirmed("anna@example.org")
    url = path_of(tokens.unsubscribe_url(subscriber, "ru"))
    response = Client(enforce_csrf_checks=True).post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert "Вы отписаны" in response.content.decode()
    assert Subscriber.objects.get(pk=subscriber.pk).status == Status.UNSUBSCRIBED


def test_unsubscribe_get_shows_a_button_and_changes_nothing(confirmed, client):
    subscriber = confirmed("anna@example.org")
    url = path_of(tokens.unsubscribe_url(subscriber, "be"))
    response = client.get(url)
    assert response.status_code == 200
    assert b'<form method="post"' in response.content
    assert Subscriber.objects.get(pk=subscriber.pk).status == Status.CONFIRMED
    response = client.post(url)
    assert response.status_code == 200
    after = Subscriber.objects.get(pk=subscriber.pk)
    assert after.status == Status.UNSUBSCRIBED and after.unsubscribe_source == "page"


# --- preferences ------------------------------------------------------------------------------


def test_preferences_change_language_and_topics(confirmed, client):
    subscriber = confirmed("anna@example.org", topics=["security"])
    url = path_of(tokens.preferences_url(subscriber, "be"))
    page = client.get(url)
    assert page.status_code == 200
    body = page.content.decode()
    assert 'value="security" checked' in body and "Бяспека" in body
    assert Subscriber.objects.get(pk=subscriber.pk).topics == ["security"]

    response = client.post(url, {"language": "ru", "topics": ["economy", "security"]})
    assert response.status_code == 200
    after = Subscriber.objects.get(pk=subscriber.pk)
    assert (after.language, after.topics) == ("ru", ["economy", "security"])

    response = client.post(url, {"language": "ru"})  # no topics = every topic
    assert Subscriber.objects.get(pk=subscriber.pk).topics == []


def test_preferences_reject_bad_values_and_change_nothing(confirmed, client):
    subscriber = confirmed("anna@example.org", topics=["security"])
    url = path_of(tokens.preferences_url(subscriber, "en"))
    for data in ({"language": "de"}, {"language": "en", "topics": ["nope"]}):
        assert client.post(url, data).status_code == 400
    after = Subscriber.objects.get(pk=subscriber.pk)
    assert (after.language, after.topics) == ("en", ["security"])


def test_preferences_unsubscribe_button(confirmed, client):
    subscriber = confirmed("anna@example.org")
    page = client.get(path_of(tokens.preferences_url(subscriber, "en"))).content.decode()
    action = tokens.unsubscribe_url(subscriber, "en").split("127.0.0.1:8000")[1]
    assert f'action="{action}"' in page
    client.post(action, {"from": "preferences"})
    after = Subscriber.objects.get(pk=subscriber.pk)
    assert after.status == Status.UNSUBSCRIBED and after.unsubscribe_source == "preferences"
    page = client.get(path_of(tokens.preferences_url(subscriber, "en")))
    assert "not subscribed" in page.content.decode()


# --- the signup form on pages -----------------------------------------------------------------


def test_signup_form_costs_at_most_one_query(topics, rf, django_assert_max_num_queries):
    from django.template import Context, Template
    from django.utils import translation

    template = Template('{% load newsletter_tags %}{% newsletter_signup "home" %}')
    with translation.override("ru"):
        with django_assert_max_num_queries(1):
            html = template.render(Context({"LANGUAGE_CODE": "ru"}))
        with django_assert_max_num_queries(0):
            template.render(Context({"LANGUAGE_CODE": "ru"}))
    assert 'name="email"' in html and 'name="language"' in html and 'name="website"' in html
    assert 'name="topics" value="economy"' in html and "Экономика" in html
    assert "/ru/newsletter/subscribe/" in html


# --- purge ------------------------------------------------------------------------------------


def test_unconfirmed_subscribers_are_purged_after_seven_days(subscribe, confirmed, client):
    from django.core.management import call_command

    subscribe("old@example.org")
    subscribe("recent@example.org")
    returning = confirmed("returning@example.org")
    client.post(path_of(tokens.unsubscribe_url(returning, "en")))
    subscribe("returning@example.org")
    confirmed("kept@example.org")
    long_ago = timezone.now() - timezone.timedelta(days=8)
    Subscriber.objects.filter(
        email_hash__in=[
            subscriber_for(e).email_hash for e in ("old@example.org", "returning@example.org")
        ]
    ).update(requested_at=long_ago)

    call_command("purge_unconfirmed", stdout=__import__("io").StringIO())

    assert subscriber_for("old@example.org") is None
    assert subscriber_for("recent@example.org").status == Status.PENDING
    back = subscriber_for("returning@example.org")
    assert back.status == Status.UNSUBSCRIBED and back.email_encrypted is None
    assert subscriber_for("kept@example.org").status == Status.CONFIRMED


# --- export and erase -------------------------------------------------------------------------


def test_export_and_erase_commands(confirmed, subscribe, monkeypatch):
    import io
    import json

    from django.core.management import CommandError, call_command

    confirmed("anna@example.org", language="be", topics=["economy"])
    out = io.StringIO()
    call_command("export_subscriber", "Anna@EXAMPLE.org", stdout=out)
    data = json.loads(out.getvalue())
    assert data["email"] == "anna@example.org"
    assert (data["status"], data["language"], data["topics"]) == ("confirmed", "be", ["economy"])

    monkeypatch.setattr("sys.stdin", io.StringIO("anna@example.org\n"))
    call_command("erase_subscriber", stdout=io.StringIO())
    assert subscriber_for("anna@example.org") is None
    with pytest.raises(CommandError):
        call_command("export_subscriber", "anna@example.org", stdout=io.StringIO())
    with pytest.raises(CommandError):
        call_command("erase_subscriber", "not an address", stdout=io.StringIO())


# --- privacy of logs --------------------------------------------------------------------------


def test_logs_name_subscriber_ids_never_addresses(subscribe, client, caplog):
    caplog.set_level("DEBUG")
    subscribe("Hollowmere.Reader@example.org")
    client.post(path_of(links_in(only_email())[0]))
    subscribe("hollowmere.reader@example.org")
    subscriber = subscriber_for("hollowmere.reader@example.org")
    client.post(path_of(tokens.unsubscribe_url(subscriber, "en")))
    subscribe("hollowmere.reader@example.org", website="bot")
    messages = [record.getMessage() for record in caplog.records]
    assert any(f"subscriber #{subscriber.pk}" in message for message in messages)
    assert not [message for message in messages if "hollowmere" in message.lower()]


def test_rotate_subscriber_keys_command(confirmed, settings):
    import io

    from cryptography.fernet import Fernet
    from django.core.management import call_command

    old_key, new_key = settings.SUBSCRIBER_KEYS[0], Fernet.generate_key().decode()
    confirmed("anna@example.org")
    settings.SUBSCRIBER_KEYS = [new_key, old_key]
    out = io.StringIO()
    call_command("rotate_subscriber_keys", stdout=out)
    assert out.getvalue().startswith("1 address")
    settings.SUBSCRIBER_KEYS = [new_key]
    assert subscriber_for("anna@example.org").get_email() == "anna@example.org"


def test_reindex_after_changing_the_index_key(confirmed, client, settings):
    import io

    from django.core.management import call_command

    kept = confirmed("anna@example.org")
    gone = confirmed("bob@example.org")
    client.post(path_of(tokens.unsubscribe_url(gone, "en")))
    settings.SUBSCRIBER_INDEX_KEY = "a-new-index-key"
    assert subscriber_for("anna@example.org") is None
    call_command("reindex_subscribers", stdout=io.StringIO())  # dry run changes nothing
    assert subscriber_for("anna@example.org") is None
    out = io.StringIO()
    call_command("reindex_subscribers", "--yes", "--delete-unrecoverable", stdout=out)
    assert out.getvalue().strip() == "1 re-indexed, 1 unrecoverable row(s) deleted."
    assert subscriber_for("anna@example.org").pk == kept.pk
    assert not Subscriber.objects.filter(pk=gone.pk).exists()
