"""The publication's name, tagline, sender name and "Follow us" links, per language, edited in
the admin (Settings → Publication) and shown on pages and in emails."""

from __future__ import annotations

import io
import re
from email.header import decode_header, make_header

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import nested_form_data, streamfield

from sitrep.core.actions import do_ensure_publication_settings
from sitrep.core.models import PublicationSettings
from sitrep.core.publication import resolve_identity, validate_follow_url
from sitrep.newsletter.actions.campaigns import send_test_issue_email
from sitrep.newsletter.notices import CONFIRMATION, build_message, render_notice
from sitrep.newsletter.rendering import render_issue_email
from tests.newsletter.delivery_helpers import make_issue_content

TELEGRAM = "https://t.me/our_channel"
RU_FEED = "https://example.org/ru.xml"


@pytest.fixture(autouse=True)
def english_by_default():
    with translation.override("en"):
        yield


@pytest.fixture
def named(site_structure):
    """A new installation after `setup_site`."""
    call_command("setup_site", stdout=io.StringIO())
    return PublicationSettings.objects.get()


def header_name(html: str) -> str:
    return re.search(r'<a class="site-name" href="[^"]*">([^<]*)</a>', html).group(1)


def page_title(html: str) -> str:
    return re.search(r"<title>([^<]*)</title>", html).group(1)


def test_belarusian_and_russian_pages_show_the_translated_name(named, client):
    expected = {"en": "Situation Report", "be": "Агляд сітуацыі", "ru": "Обзор ситуации"}
    for code, name in expected.items():
        html = client.get(f"/{code}/issues/").content.decode()
        assert header_name(html) == name
        assert page_title(html).endswith(f" · {name}")
        footer = html.split('<footer class="site-footer">', 1)[1]
        assert name in footer


def test_an_admin_edit_of_the_belarusian_name_changes_the_header(named, client, django_user_model):
    # Read first: the header and footer are then kept per language and content generation.
    assert header_name(client.get("/be/issues/").content.decode()) == "Агляд сітуацыі"
    admin = django_user_model.objects.create_superuser("ed", "ed@example.org", "pw")
    client.force_login(admin)
    url = reverse("wagtailsettings:edit", args=["core", "publicationsettings", named.pk])
    assert client.get(url).status_code == 200
    data = {
        **{f: getattr(named, f) for f in ("name_en", "name_ru", "tagline_en", "tagline_ru")},
        **{f: "" for f in ("sender_name_en", "sender_name_be", "sender_name_ru")},
        "name_be": "Тыднёвы маніторынг",
        "tagline_be": "Што адбываецца ў краіне",
        "follow_links": streamfield([]),
    }
    response = client.post(url, nested_form_data(data))
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    html = client.get("/be/issues/").content.decode()
    assert header_name(html) == "Тыднёвы маніторынг"
    assert "Што адбываецца ў краіне" in html
    footer = html.split('<footer class="site-footer">', 1)[1]
    assert "Тыднёвы маніторынг" in footer and "Агляд сітуацыі" not in footer
    # The other languages keep theirs.
    assert header_name(client.get("/ru/issues/").content.decode()) == "Обзор ситуации"


def test_a_hostile_follow_link_is_refused_by_the_admin_form(named, client, django_user_model):
    # Read first: the header and footer are then kept per language and content generation.
    assert header_name(client.get("/be/issues/").content.decode()) == "Агляд сітуацыі"
    admin = django_user_model.objects.create_superuser("ed", "ed@example.org", "pw")
    client.force_login(admin)
    url = reverse("wagtailsettings:edit", args=["core", "publicationsettings", named.pk])
    for hostile in ("javascript:alert(1)", "http://t.me/plain", "data:text/html,hi"):
        link = {"kind": "telegram", "url": hostile, "label": "", "language": ""}
        data = {"name_en": "Situation Report", "follow_links": streamfield([("link", link)])}
        response = client.post(url, nested_form_data(data))
        assert response.status_code == 200  # the form again, with its error
        assert len(PublicationSettings.objects.get().follow_links) == 0


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "http://t.me/channel",
        "data:text/html,<script>alert(1)</script>",
        "https://user:secret@t.me/channel",
        "//t.me/channel",
        "https://",
    ],
)
def test_follow_urls_must_be_https_to_a_host(url):
    with pytest.raises(ValidationError):
        validate_follow_url(url)


def test_follow_links_render_in_the_footer_with_our_own_icon(named, client):
    named.follow_links = [
        ("link", {"kind": "telegram", "url": TELEGRAM, "label": "", "language": ""}),
        (
            "link",
            {"kind": "rss", "url": "https://example.org/ru.xml", "label": "", "language": "ru"},
        ),
        # Stored past the form (a shell, an import): still never rendered.
        ("link", {"kind": "x", "url": "javascript:alert(1)", "label": "Bad", "language": ""}),
    ]
    named.save()
    english = client.get("/en/issues/").content.decode()
    footer = english.split('<footer class="site-footer">', 1)[1]
    assert "Follow us" in footer
    assert f'<a href="{TELEGRAM}" rel="me noopener"><svg class="follow-icon"' in footer
    assert "<span>Telegram</span>" in footer
    assert "javascript:" not in english and ">Bad<" not in english
    assert "example.org/ru.xml" not in english  # that one is for Russian readers only
    russian = client.get("/ru/issues/").content.decode()
    assert "Подписывайтесь на нас" in russian and "example.org/ru.xml" in russian
    assert "<span>RSS-лента</span>" in russian
    # Nothing loaded from anywhere: the icon is inline.
    assert not re.search(r'<(img|script|link)[^>]+(src|href)="https?://', footer)


def test_issue_email_has_the_name_and_sender_in_its_language_and_the_follow_links(named):
    named.sender_name_ru = "Редакция «Обзора ситуации»"
    named.follow_links = [
        ("link", {"kind": "telegram", "url": TELEGRAM, "label": "", "language": ""})
    ]
    named.save()
    issue = make_issue_content()
    email = render_issue_email(
        issue, "ru", unsubscribe_url="https://x.test/u", preferences_url="https://x.test/p"
    )
    assert email.subject == "Обзор ситуации: 9 – 15 октября 2023 г."
    assert email.from_email.startswith("Редакция «Обзора ситуации» <newsletter@")
    assert "Подписывайтесь на нас" in email.text and TELEGRAM in email.text
    assert f'href="{TELEGRAM}"' in email.html
    assert "Обзор ситуации" in email.html
    english = render_issue_email(
        issue, "en", unsubscribe_url="https://x.test/u", preferences_url="https://x.test/p"
    )
    assert english.subject.startswith("Situation Report: ")
    assert english.from_email.startswith("Situation Report <newsletter@")


def test_the_sent_issue_email_carries_the_sender_name_of_its_language(named, mailoutbox):
    named.sender_name_ru = "Редакция «Обзора ситуации»"
    named.save()
    send_test_issue_email(make_issue_content(), "editor@example.org", "ru")
    message = mailoutbox[-1].message()
    assert str(make_header(decode_header(message["From"]))).startswith(
        "Редакция «Обзора ситуации» <"
    )
    assert "Обзор ситуации" in str(make_header(decode_header(message["Subject"])))


def test_confirmation_email_subject_and_from_are_in_belarusian(named):
    rendered = render_notice(
        CONFIRMATION, {"confirm_url": "https://x.test/c", "max_age_hours": 48}, "be"
    )
    assert "Агляд сітуацыі" in rendered.subject
    assert "Situation Report" not in rendered.subject + rendered.text + rendered.html
    message = build_message(rendered, "reader@example.org").message()
    assert str(make_header(decode_header(message["From"]))).startswith("Агляд сітуацыі <")


def test_setup_site_never_overwrites_what_an_editor_set(named):
    named.name_be = "Іншая назва"
    named.save()
    call_command("setup_site", stdout=io.StringIO())
    assert PublicationSettings.objects.get().name_be == "Іншая назва"
    assert PublicationSettings.objects.count() == 1


def test_a_custom_site_name_is_not_translated_by_guesswork(site_structure, settings):
    settings.SITE_NAME = "Baltic Monitor"
    do_ensure_publication_settings()
    row = PublicationSettings.objects.get()
    assert (row.name_en, row.name_be, row.name_ru) == ("Baltic Monitor", "", "")
    assert row.identity("be").name == "Baltic Monitor"


def test_blank_fields_fall_back_and_names_stay_on_one_line():
    values = {"name_en": "Weekly\r\nBcc: x@example.org", "name_ru": "", "tagline_ru": ""}
    identity = resolve_identity(values, [], "ru", default_name="Unused")
    assert identity.name == identity.sender_name == "Weekly Bcc: x@example.org"
    assert identity.tagline == "Еженедельный аналитический обзор"
    assert resolve_identity({}, [], "be", default_name="Default").name == "Default"
