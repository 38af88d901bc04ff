"""What a subscriber sees on the pages of the newsletter: one clear action per page, choices one
per line beside their labels, valid forms, and an honest answer when a used confirmation link is
opened again."""

from __future__ import annotations

import re
import time
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.core import mail
from wagtail.models import Locale

from sitrep.newsletter import tokens
from sitrep.newsletter.models import Subscriber
from tests.helpers import clear_cache

from .subscription_helpers import links_in, make_topics, path_of, post_subscribe, subscriber_for

pytestmark = pytest.mark.django_db

Status = Subscriber.Status
LANGUAGES = ("en", "be", "ru")
ALREADY_CONFIRMED = {
    "en": "Your subscription is already confirmed",
    "be": "Вашая падпіска ўжо пацверджаная",
    "ru": "Ваша подписка уже подтверждена",
}
SIGN_UP_AGAIN = {
    "en": "Sign up for the weekly review",
    "be": "Падпісацца на штотыднёвы агляд",
    "ru": "Подписаться на еженедельный обзор",
}


@pytest.fixture(autouse=True)
def clean_cache():
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def topics(db):
    make_topics({code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES})


@pytest.fixture
def subscribe(client, django_capture_on_commit_callbacks, topics):
    def run(email, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return post_subscribe(client, email, **kwargs)

    return run


@pytest.fixture
def confirmation_link(subscribe):
    """Sign up and return the path of the confirmation link from the email."""

    def run(email, language="en"):
        mail.outbox.clear()
        subscribe(email, language=language)
        return path_of(links_in(mail.outbox[-1])[0])

    return run


# --- a used confirmation link, opened again ----------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_used_confirmation_link_says_the_subscription_is_already_confirmed(
    confirmation_link, client, language
):
    link = confirmation_link("anna@example.org", language)
    assert client.post(link).status_code == 200
    confirmed_at = subscriber_for("anna@example.org").confirmed_at

    # Opening the link from the email again, and pressing the button twice.
    for method in (client.get, client.post):
        response = method(link)
        body = response.content.decode()
        assert response.status_code == 200
        assert ALREADY_CONFIRMED[language] in body
        assert SIGN_UP_AGAIN[language] not in body
    assert subscriber_for("anna@example.org").confirmed_at == confirmed_at  # nothing changed


def test_already_confirmed_page_links_to_working_preferences(confirmation_link, client):
    link = confirmation_link("anna@example.org", "be")
    client.post(link)
    body = client.get(link).content.decode()
    found = re.search(r'href="(/be/newsletter/preferences/[^"]+)"', body)
    assert found, body
    preferences = client.get(found.group(1))
    assert preferences.status_code == 200
    assert 'name="topics"' in preferences.content.decode()  # the subscriber's own preferences


def test_used_link_of_a_subscription_that_ended_reveals_nothing(confirmation_link, client):
    link = confirmation_link("anna@example.org")
    client.post(link)
    subscriber = subscriber_for("anna@example.org")
    client.post(path_of(tokens.unsubscribe_url(subscriber, "en")))
    response = client.get(link)
    body = response.content.decode()
    assert response.status_code == 410
    assert "already been used" in body
    assert ALREADY_CONFIRMED["en"] not in body and "/preferences/" not in body


def test_superseded_link_of_a_pending_subscription_says_only_used(confirmation_link, client):
    old = confirmation_link("anna@example.org")
    subscriber = subscriber_for("anna@example.org")
    Subscriber.objects.filter(pk=subscriber.pk).update(confirmation_nonce="a-newer-nonce")
    response = client.get(old)
    assert response.status_code == 410
    assert ALREADY_CONFIRMED["en"] not in response.content.decode()


def test_forged_link_for_a_confirmed_subscriber_reveals_nothing(confirmation_link, client):
    link = confirmation_link("anna@example.org")
    client.post(link)
    subscriber = subscriber_for("anna@example.org")
    # A well-formed token for the confirmed id, not signed by us.
    forged = f"/en/newsletter/confirm/{subscriber.pk}.x:1abcde:{'A' * 43}/"
    for method in (client.get, client.post):
        response = method(forged)
        body = response.content.decode()
        assert response.status_code == 400
        assert ALREADY_CONFIRMED["en"] not in body and "/preferences/" not in body


def test_expired_link_for_a_confirmed_subscriber_reveals_nothing(confirmation_link, client):
    link = confirmation_link("anna@example.org")
    client.post(link)
    later = time.time() + settings.NEWSLETTER["CONFIRM_MAX_AGE_HOURS"] * 3600 + 60
    with mock.patch("django.core.signing.time.time", return_value=later):
        response = client.get(link)
    body = response.content.decode()
    assert response.status_code == 410
    assert "This link has expired" in body
    assert ALREADY_CONFIRMED["en"] not in body and "/preferences/" not in body


def test_fresh_confirmation_links_to_the_preferences(confirmation_link, client):
    response = client.post(confirmation_link("anna@example.org", "ru"))
    body = response.content.decode()
    assert "Вы успешно подписались" in body
    assert re.search(r'href="/ru/newsletter/preferences/[^"]+"', body)


# --- the look of the pages ---------------------------------------------------------------------


def subscriber_pages(client, subscribe, language: str) -> dict[str, str]:
    """Every page a subscriber meets, as HTML, in `language`."""
    pages: dict[str, str] = {}
    pages["subscribe"] = client.get(f"/{language}/newsletter/subscribe/").content.decode()
    pages["form error"] = post_subscribe(client, "not an address", page=language).content.decode()
    mail.outbox.clear()
    pages["check inbox"] = subscribe(f"anna.{language}@example.org", page=language).content.decode()
    link = path_of(links_in(mail.outbox[-1])[0]).replace("/en/", f"/{language}/")
    pages["confirm"] = client.get(link).content.decode()
    pages["confirmed"] = client.post(link).content.decode()
    pages["already confirmed"] = client.get(link).content.decode()
    pages["link error"] = client.get(f"/{language}/newsletter/confirm/forged/").content.decode()
    subscriber = subscriber_for(f"anna.{language}@example.org")
    preferences = path_of(tokens.preferences_url(subscriber, language))
    pages["preferences"] = client.get(preferences).content.decode()
    pages["preferences saved"] = client.post(preferences, {"language": language}).content.decode()
    pages["preferences error"] = client.post(preferences, {"language": "xx"}).content.decode()
    unsubscribe = path_of(tokens.unsubscribe_url(subscriber, language))
    pages["unsubscribe"] = client.get(unsubscribe).content.decode()
    pages["unsubscribed"] = client.post(unsubscribe).content.decode()
    return pages


@pytest.mark.parametrize("language", LANGUAGES)
def test_subscriber_pages_have_no_empty_form_action(client, subscribe, language):
    # An empty action attribute is invalid HTML; without one a form posts to its own URL.
    for name, html in subscriber_pages(client, subscribe, language).items():
        assert not re.search(r"\baction=(\"\"|''|\s|>)", html), name


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_submit_button_is_a_styled_primary_or_secondary_button(client, subscribe, language):
    pages = subscriber_pages(client, subscribe, language)
    for name in ("subscribe", "confirm", "preferences", "unsubscribe"):
        buttons = re.findall(r"<button[^>]*>", pages[name])
        assert buttons, name
        for button in buttons:
            assert re.search(r'class="button( button--secondary)?"', button), (name, button)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_choice_sits_in_its_own_label_beside_its_text(client, subscribe, language):
    pages = subscriber_pages(client, subscribe, language)
    for name in ("preferences", "subscribe"):
        html = pages[name]
        inputs = re.findall(r'<input type="(?:checkbox|radio)"', html)
        choices = re.findall(
            r'<label class="choice[^"]*"><input type="(?:checkbox|radio)"[^>]*> <span[^>]*>[^<]+'
            r"</span></label>",
            html,
        )
        assert inputs and len(choices) == len(inputs), name
        # Each group of choices is a fieldset with a legend.
        fieldsets = re.findall(r'<fieldset class="choices"[^>]*>\s*<legend>[^<]+</legend>', html)
        assert len(fieldsets) == html.count("<fieldset"), name


def css_rule(selector: str) -> dict[str, str]:
    css = (Path(settings.BASE_DIR) / "sitrep" / "static" / "css" / "site.css").read_text()
    found = re.search(r"(?:^|\n)" + re.escape(selector) + r"\s*\{([^}]*)\}", css)
    assert found, f"no rule for {selector}"
    return {
        name.strip(): value.strip()
        for name, _, value in (d.partition(":") for d in found.group(1).split(";"))
        if value.strip()
    }


def rem(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(rem|px)", value).groups()
    return float(number) * (16 if unit == "rem" else 1)


def test_buttons_and_choices_are_at_least_44_px_tall():
    # WCAG 2.5.5 target size; measured in Chromium at 390 px: 44-46 px (see the report).
    assert rem(css_rule(".button")["min-height"]) >= 44
    assert rem(css_rule(".choice")["min-height"]) >= 44
    assert css_rule(".choice")["display"] == "flex"  # the box stays beside its label
