"""The newsletter admin: campaign screen (preview, test send, start, schedule, pause, resume,
cancel, re-send unknown, live progress), subscribers (counts, list, addresses only with the
permission, CSV import and export), permissions, and send-on-publish."""

from __future__ import annotations

import csv
import datetime
import io
import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sitrep.newsletter.crypto import email_index, encrypt_email
from sitrep.newsletter.models import Campaign, Delivery, Subscriber
from tests import factories
from tests.newsletter.factories import make_subscriber

pytestmark = pytest.mark.django_db

ADDRESSES = {
    "en": "anna.reader@example.org",
    "be": "barys.reader@example.net",
    "ru": "vera.reader@example.org",
}


@pytest.fixture
def issue(site_structure):
    topics = factories.make_topics(["economy", "security"])
    # English and Russian editions; Belarusian readers get the English one with a note.
    (issue,) = factories.build_archive(1, topics=topics, translate=("ru",), revision=False)
    return issue


def subscribe(address: str, language: str, status: str = "confirmed") -> Subscriber:
    return make_subscriber(address, status=status, language=language)


@pytest.fixture
def subscribers(db):
    return {code: subscribe(address, code) for code, address in ADDRESSES.items()}


def make_user(django_user_model, username: str, perms: list[str]):
    user = django_user_model.objects.create_user(username=username, password="x" * 12)
    group = Group.objects.create(name=f"group-{username}")
    codenames = [p.split(".", 1) for p in perms]
    for app_label, codename in codenames:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    user.groups.add(group)
    return user


@pytest.fixture
def admin_client(django_user_model):
    user = django_user_model.objects.create_superuser("boss", "boss@example.org", "x" * 12)
    client = Client()
    client.force_login(user)
    return client


EDITOR_PERMS = [
    "wagtailadmin.access_admin",
    "newsletter.view_campaign",
    "newsletter.add_campaign",
    "newsletter.change_campaign",
    "newsletter.view_subscriber",
]


@pytest.fixture
def editor_client(django_user_model):
    """An editor who may send campaigns and see counts, but not subscribers' addresses."""
    client = Client()
    client.force_login(make_user(django_user_model, "editor", EDITOR_PERMS))
    return client


@pytest.fixture
def outsider_client(django_user_model):
    """Admin access (pages), no newsletter permission."""
    client = Client()
    client.force_login(make_user(django_user_model, "outsider", ["wagtailadmin.access_admin"]))
    return client


def assert_denied(response) -> None:
    """Wagtail answers a permission error with a redirect to the dashboard and a message."""
    assert response.status_code in (302, 403), response.status_code
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")


# The confirmation page's button: start, schedule and cancel act only with it.
CONFIRM = {"confirm": "yes"}


def campaign_url(issue, name="campaign", *args):
    return reverse(f"newsletter_admin:{name}", args=[issue.pk, *args])


# ---------------------------------------------------------------------------------------------
# Campaign screen


def test_issue_edit_page_has_a_newsletter_button(admin_client, issue):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[issue.pk]))
    assert response.status_code == 200
    assert campaign_url(issue).encode() in response.content
    # And in the "more" menu of the issue archive's listing.
    listing = admin_client.get(reverse("wagtailadmin_explore", args=[issue.get_parent().pk]))
    assert campaign_url(issue).encode() in listing.content


def test_campaign_screen_previews_every_language(admin_client, issue, subscribers):
    response = admin_client.get(campaign_url(issue))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Not sent yet" in html
    assert "Send to 3 subscribers" in html
    # Subjects per language: English, Russian (translated) and Belarusian (English fallback).
    assert "October 9 – October 15, 2023" in html
    assert "9 – 15 октября 2023" in html
    assert "English edition (no translation yet)" in html
    assert campaign_url(issue, "preview", "ru", "html") in html
    assert 'sandbox="allow-popups' in html


def test_campaign_preview_counts_the_articles_not_yet_translated(admin_client, issue):
    from bs4 import BeautifulSoup

    english = factories.ArticlePage.objects.filter(locale__language_code="en").first()
    factories.ArticlePage.objects.filter(
        locale__language_code="ru", translation_key=english.translation_key
    ).update(live=False)
    page = BeautifulSoup(admin_client.get(campaign_url(issue)).content, "html.parser")
    rows = {
        " ".join(row.td.get_text(" ").split()): " ".join(row.select("td")[2].get_text(" ").split())
        for row in page.select("#nl-preview-heading ~ table tbody tr")
    }
    assert rows["English"] == "2"
    assert rows["Русский"] == "2 (not yet translated: 1)"
    # The Belarusian subscribers get the English edition: every article is a stand-in.
    assert rows["Беларуская English edition (no translation yet)"] == "2 (not yet translated: 2)"


def test_campaign_screen_of_a_translation_leads_to_the_main_language(admin_client, issue):
    russian = issue.get_translation(factories.locale("ru"))
    response = admin_client.get(campaign_url(russian))
    assert response.status_code == 302
    assert response["Location"] == campaign_url(issue)


def test_preview_renders_the_email_in_each_language(admin_client, issue):
    response = admin_client.get(campaign_url(issue, "preview", "ru", "html"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="ru"' in html and "Экономика" in html and "октября" in html
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    text = admin_client.get(campaign_url(issue, "preview", "en", "txt"))
    assert text["Content-Type"].startswith("text/plain")
    assert "== Security ==" in text.content.decode()
    assert admin_client.get(campaign_url(issue, "preview", "de", "html")).status_code == 404


def test_a_get_never_starts_a_campaign(admin_client, issue, subscribers):
    for name in ("start", "send_test"):
        assert admin_client.get(campaign_url(issue, name)).status_code == 405
    assert admin_client.get(campaign_url(issue, "control", "cancel")).status_code == 405
    assert not Campaign.objects.exists()
    assert mail.outbox == []


def test_start_requires_the_csrf_token(django_user_model, issue, subscribers):
    client = Client(enforce_csrf_checks=True)
    client.force_login(django_user_model.objects.create_superuser("b", "b@example.org", "x" * 12))
    response = client.post(campaign_url(issue, "start"), {"when": "now", **CONFIRM})
    assert response.status_code == 403
    assert not Campaign.objects.exists()


def test_send_now_sends_every_confirmed_subscriber_once(
    admin_client, issue, subscribers, django_capture_on_commit_callbacks
):
    subscribe("gone@example.org", "en", status="unsubscribed")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(campaign_url(issue, "start"), {"when": "now", **CONFIRM})
    assert response.status_code == 302
    campaign = Campaign.objects.get(issue=issue)
    assert campaign.status == Campaign.Status.FINISHED
    assert sorted(m.to[0] for m in mail.outbox) == sorted(ADDRESSES.values())
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert "октября" in subjects[ADDRESSES["ru"]]

    progress = admin_client.get(campaign_url(issue, "progress")).json()
    assert (progress["sent"], progress["total"], progress["queued"]) == (3, 3, 0)
    assert progress["status"] == "finished" and progress["finished"] is True

    # Starting again is refused and sends nothing more.
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(campaign_url(issue, "start"), {"when": "now", **CONFIRM})
    assert len(mail.outbox) == 3
    page = admin_client.get(campaign_url(issue)).content.decode()
    assert 'data-nl="sent">3<' in page
    assert reverse("newsletter_admin:start", args=[issue.pk]) not in page


def test_schedule_for_later(admin_client, issue, subscribers):
    when = timezone.localtime() + datetime.timedelta(days=1)
    response = admin_client.post(
        campaign_url(issue, "start"),
        {"when": "later", "send_at": when.strftime("%Y-%m-%dT%H:%M"), **CONFIRM},
    )
    assert response.status_code == 302
    campaign = Campaign.objects.get(issue=issue)
    assert campaign.status == Campaign.Status.SCHEDULED
    assert abs((campaign.scheduled_for - when).total_seconds()) < 60
    assert not Delivery.objects.exists()
    assert mail.outbox == []

    # Changed minds: send it now instead.
    page = admin_client.get(campaign_url(issue)).content.decode()
    assert campaign_url(issue, "start") in page
    admin_client.post(campaign_url(issue, "start"), {"when": "now", **CONFIRM})
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.SENDING
    assert Delivery.objects.count() == 3


@pytest.mark.parametrize("send_at", ["", "2020-01-01T10:00", "not a date"])
def test_schedule_needs_a_future_time(admin_client, issue, subscribers, send_at):
    response = admin_client.post(
        campaign_url(issue, "start"), {"when": "later", "send_at": send_at}
    )
    assert response.status_code == 400
    assert not Campaign.objects.exists()


def test_pause_resume_and_cancel(admin_client, issue, subscribers):
    # Started without running the tasks (on_commit callbacks are not executed), so it stays
    # "sending" with three queued deliveries.
    admin_client.post(campaign_url(issue, "start"), {"when": "now", **CONFIRM})
    campaign = Campaign.objects.get(issue=issue)
    assert campaign.status == "sending"
    page = admin_client.get(campaign_url(issue)).content.decode()
    assert campaign_url(issue, "control", "pause") in page

    admin_client.post(campaign_url(issue, "control", "pause"))
    campaign.refresh_from_db()
    assert campaign.status == "paused"
    page = admin_client.get(campaign_url(issue)).content.decode()
    assert campaign_url(issue, "control", "resume") in page

    admin_client.post(campaign_url(issue, "control", "resume"))
    campaign.refresh_from_db()
    assert campaign.status == "sending"

    admin_client.post(campaign_url(issue, "control", "cancel"), CONFIRM)
    campaign.refresh_from_db()
    assert campaign.status == "cancelled"
    assert set(Delivery.objects.values_list("status", flat=True)) == {"skipped"}
    # An unknown action is "not found" (LocaleMiddleware first redirects an unprefixed 404 to
    # its /en/ twin, which is not found either) and changes nothing.
    response = admin_client.post(campaign_url(issue, "control", "explode"), follow=True)
    assert response.status_code == 404
    campaign.refresh_from_db()
    assert campaign.status == "cancelled"


def test_resend_unknown_needs_explicit_confirmation(
    admin_client, issue, subscribers, django_capture_on_commit_callbacks
):
    admin_client.post(campaign_url(issue, "start"), {"when": "now", **CONFIRM})
    campaign = Campaign.objects.get(issue=issue)
    # A worker died after handing one message to the server: its outcome is unknown.
    Delivery.objects.filter(subscriber=subscribers["be"]).update(status="unknown")
    Delivery.objects.exclude(subscriber=subscribers["be"]).update(
        status="sent", sent_at=timezone.now()
    )
    Campaign.objects.filter(pk=campaign.pk).update(status="finished")

    page = admin_client.get(campaign_url(issue)).content.decode()
    assert "Re-send deliveries with an unknown outcome" in page
    assert "subscriber numbers" in page and str(subscribers["be"].pk) in page
    progress = admin_client.get(campaign_url(issue, "progress")).json()
    assert progress["unknown"] == 1 and progress["unknown_ids"] == [subscribers["be"].pk]

    response = admin_client.post(campaign_url(issue, "control", "resend-unknown"))
    assert response.status_code == 400
    assert Delivery.objects.get(subscriber=subscribers["be"]).status == "unknown"

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(campaign_url(issue, "control", "resend-unknown"), {"understood": "on"})
    assert Delivery.objects.get(subscriber=subscribers["be"]).status == "sent"
    assert [m.to for m in mail.outbox] == [[ADDRESSES["be"]]]


def test_campaign_screen_shows_when_each_unknown_was_handed_over_and_resends_the_others(
    admin_client, issue, subscribers, django_capture_on_commit_callbacks
):
    admin_client.post(campaign_url(issue, "start"), {"when": "now", **CONFIRM})
    campaign = Campaign.objects.get(issue=issue)
    # A worker died: it had marked the Belarusian delivery as being handed over, and claimed
    # the Russian one without handing it over.
    handed = timezone.now()
    Delivery.objects.update(status="unknown", handed_at=None)
    Delivery.objects.filter(subscriber=subscribers["be"]).update(handed_at=handed)
    Delivery.objects.exclude(subscriber__in=[subscribers["be"], subscribers["ru"]]).update(
        status="sent", sent_at=handed, handed_at=handed
    )
    Campaign.objects.filter(pk=campaign.pk).update(status="finished")

    page = admin_client.get(campaign_url(issue)).content.decode()
    assert "Handed to the mail server" in page
    assert timezone.localtime(handed).strftime("%Y-%m-%d %H:%M:%S") in page
    assert "never: not sent" in page
    assert "Re-send unknown that were never handed over" in page
    progress = admin_client.get(campaign_url(issue, "progress")).json()
    assert progress["unknown"] == 2 and progress["unknown_never_handed"] == 1

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(campaign_url(issue, "control", "resend-never-handed"))
    assert [m.to for m in mail.outbox] == [[ADDRESSES["ru"]]]
    assert Delivery.objects.get(subscriber=subscribers["ru"]).status == "sent"
    assert Delivery.objects.get(subscriber=subscribers["be"]).status == "unknown"


def test_send_test_email(admin_client, issue):
    response = admin_client.post(
        campaign_url(issue, "send_test"), {"address": "editor@example.org", "language": "ru"}
    )
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["editor@example.org"]
    assert message.subject.startswith("[Test]") and "октября" in message.subject
    assert not Campaign.objects.exists()


@pytest.mark.parametrize(
    "address", ["not-an-address", "editor@example.org\r\nBcc: all@example.net", ""]
)
def test_send_test_rejects_bad_addresses(admin_client, issue, address):
    response = admin_client.post(
        campaign_url(issue, "send_test"), {"address": address, "language": "en"}
    )
    assert response.status_code == 400
    assert mail.outbox == []


def test_campaign_list(admin_client, issue, subscribers):
    response = admin_client.get(reverse("newsletter_admin:campaigns"))
    assert response.status_code == 200
    html = response.content.decode()
    assert campaign_url(issue) in html
    assert "3 confirmed subscribers" in html


# ---------------------------------------------------------------------------------------------
# Permissions


def test_outsider_sees_no_newsletter(outsider_client, issue, subscribers):
    home = outsider_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("newsletter_admin:campaigns") not in home
    for url in (
        reverse("newsletter_admin:campaigns"),
        campaign_url(issue),
        campaign_url(issue, "progress"),
        campaign_url(issue, "preview", "en", "html"),
        reverse("newsletter_admin:subscribers"),
        reverse("newsletter_admin:export"),
        reverse("newsletter_admin:import"),
    ):
        assert_denied(outsider_client.get(url))
    assert_denied(outsider_client.post(campaign_url(issue, "start"), {"when": "now", **CONFIRM}))
    assert_denied(
        outsider_client.post(
            campaign_url(issue, "send_test"), {"address": "x@example.org", "language": "en"}
        )
    )
    assert not Campaign.objects.exists() and mail.outbox == []


def test_anonymous_is_sent_to_the_login(client, issue):
    response = client.get(campaign_url(issue))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_menu_for_an_editor(editor_client):
    home = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("newsletter_admin:campaigns") in home
    assert reverse("newsletter_admin:subscribers") in home


# ---------------------------------------------------------------------------------------------
# Subscribers


def test_subscriber_counts_by_status_and_language(editor_client, subscribers):
    subscribe("left@example.org", "ru", status="unsubscribed")
    subscribe("waiting@example.org", "ru", status="pending")
    response = editor_client.get(reverse("newsletter_admin:subscribers"))
    assert response.status_code == 200
    table = response.context["counts_table"]
    by_status = {row["status"]: row["cells"] for row in table}
    assert by_status["confirmed"] == [1, 1, 1]
    assert by_status["unsubscribed"] == [0, 0, 1]
    assert by_status["pending"] == [0, 0, 1]
    assert response.context["grand_total"] == 5


def test_editor_without_address_permission_never_sees_addresses(editor_client, subscribers):
    response = editor_client.get(reverse("newsletter_admin:subscribers"))
    html = response.content.decode()
    for address in ADDRESSES.values():
        assert address not in html
    assert subscribers["en"].email_hash[:12] in html
    # Searching by address is not offered, and a forced query does not filter.
    forced = editor_client.get(
        reverse("newsletter_admin:subscribers"), {"q": ADDRESSES["en"]}
    ).content.decode()
    assert ADDRESSES["en"] not in forced
    assert forced.count("<tr>") == response.content.decode().count("<tr>")


def test_user_with_address_permission_sees_and_finds_addresses(admin_client, subscribers):
    html = admin_client.get(reverse("newsletter_admin:subscribers")).content.decode()
    for address in ADDRESSES.values():
        assert address in html
    found = admin_client.get(
        reverse("newsletter_admin:subscribers"), {"q": "Vera.Reader@EXAMPLE.org"}
    )
    assert [s.pk for s in found.context["object_list"]] == [subscribers["ru"].pk]


def test_filter_by_status_and_language(admin_client, subscribers):
    subscribe("left@example.org", "ru", status="unsubscribed")
    response = admin_client.get(
        reverse("newsletter_admin:subscribers"), {"status": "confirmed", "language": "ru"}
    )
    assert [s.pk for s in response.context["object_list"]] == [subscribers["ru"].pk]


def read_export(response) -> list[dict[str, str]]:
    body = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(body)))


def confirm_password(client, password: str = "x" * 12):
    """The password step an export with addresses asks for (the admin users' password)."""
    return client.post(reverse("newsletter_admin:export_password"), {"password": password})


def test_export_with_addresses_for_permitted_users(admin_client, subscribers):
    confirm_password(admin_client)
    response = admin_client.get(reverse("newsletter_admin:export"))
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = read_export(response)
    assert sorted(r["email"] for r in rows) == sorted(ADDRESSES.values())
    assert {r["language"] for r in rows} == {"en", "be", "ru"}


def test_export_without_addresses_for_others(editor_client, subscribers):
    response = editor_client.get(reverse("newsletter_admin:export"), {"language": "be"})
    body = b"".join(response.streaming_content).decode()
    assert "example" not in body
    rows = list(csv.DictReader(io.StringIO(body)))
    assert "email" not in rows[0]
    assert [r["email_hash_prefix"] for r in rows] == [subscribers["be"].email_hash[:12]]


def upload(text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("list.csv", text.encode("utf-8"), content_type="text/csv")


def test_import_confirmed_with_consent_source(admin_client, site_structure):
    factories.make_topics(["economy"])
    response = admin_client.post(
        reverse("newsletter_admin:import"),
        {
            "file": upload(
                "email,language,topics\nnew1@example.org,be,economy\nnew2@example.net,,\n"
            ),
            "confirmed": "on",
            "consent_source": "paper forms at the 2026 conference",
        },
    )
    assert response.status_code == 302
    imported = Subscriber.objects.order_by("pk")
    assert [(s.get_email(), s.status, s.language, s.topics) for s in imported] == [
        ("new1@example.org", "confirmed", "be", ["economy"]),
        ("new2@example.net", "confirmed", "en", []),
    ]
    assert {s.consent_source for s in imported} == {"paper forms at the 2026 conference"}
    assert mail.outbox == []


def test_import_as_confirmed_needs_a_consent_source(admin_client, db):
    response = admin_client.post(
        reverse("newsletter_admin:import"),
        {"file": upload("email\nnew1@example.org\n"), "confirmed": "on", "consent_source": " "},
    )
    assert response.status_code == 400
    assert "Say where these people consented" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_import_without_consent_flag_creates_pending_and_asks_for_confirmation(
    admin_client, db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("newsletter_admin:import"),
            {"file": upload("email,language\nnew1@example.org,ru\nnew2@example.net,en\n")},
        )
    assert response.status_code == 302
    assert set(Subscriber.objects.values_list("status", flat=True)) == {"pending"}
    assert sorted(m.to[0] for m in mail.outbox) == ["new1@example.org", "new2@example.net"]


def test_import_with_an_invalid_line_imports_nothing_and_names_the_lines(admin_client, db):
    response = admin_client.post(
        reverse("newsletter_admin:import"),
        {
            "file": upload(
                "email,language\nok@example.org,en\nbroken,en\nalso-ok@example.org,xx\n"
            ),
            "confirmed": "on",
            "consent_source": "old list",
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Nothing was imported: 2 lines need fixing." in html
    assert "Line 3: the email is not a valid address" in html
    assert "Line 4: unknown language" in html
    assert not Subscriber.objects.exists()


def test_import_leaves_known_addresses_alone(admin_client, subscribers):
    left = subscribe("left@example.org", "ru", status="unsubscribed")
    left_hash = left.email_hash
    response = admin_client.post(
        reverse("newsletter_admin:import"),
        {
            "file": upload(f"email,language\nleft@example.org,en\n{ADDRESSES['en']},ru\n"),
            "confirmed": "on",
            "consent_source": "old list",
        },
    )
    assert response.status_code == 302
    left = Subscriber.objects.get(email_hash=left_hash)
    assert (left.status, left.language) == ("unsubscribed", "ru")
    assert Subscriber.objects.get(pk=subscribers["en"].pk).language == "en"
    assert Subscriber.objects.count() == 4


def test_import_rejects_header_injection_and_non_utf8(admin_client, db):
    response = admin_client.post(
        reverse("newsletter_admin:import"),
        {"file": upload('email\n"a@example.org\r\nBcc: b@example.net"\n')},
    )
    assert response.status_code == 400
    assert "line break or control character" in response.content.decode()
    response = admin_client.post(
        reverse("newsletter_admin:import"),
        {"file": SimpleUploadedFile("l.csv", "email\nä@example.org\n".encode("latin-1"))},
    )
    assert response.status_code == 400
    assert "not UTF-8" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_editor_without_add_permission_cannot_import(editor_client, db):
    response = editor_client.post(
        reverse("newsletter_admin:import"), {"file": upload("email\nnew@example.org\n")}
    )
    assert_denied(response)
    assert not Subscriber.objects.exists()


# ---------------------------------------------------------------------------------------------
# Send on publish


def publish_new_issue(week: datetime.date, topic):
    """An editor's flow: the issue is drafted, its article written, then the issue published."""
    issue = factories.make_issue(week, live=False)
    factories.make_article(issue, title=f"Prices in week {week}", topic=topic)
    factories.publish(issue)
    return issue


def test_send_on_publish_starts_the_campaign_once(
    settings, site_structure, subscribers, django_capture_on_commit_callbacks
):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "SEND_ON_PUBLISH": True}
    economy = factories.make_topics(["economy"])["economy"]["en"]
    with django_capture_on_commit_callbacks(execute=True):
        issue = publish_new_issue(datetime.date(2026, 11, 23), economy)
    campaign = Campaign.objects.get(issue=issue)
    assert campaign.status in ("sending", "finished")
    assert len(mail.outbox) == 3

    with django_capture_on_commit_callbacks(execute=True):
        issue.summary = "A corrected summary."
        factories.publish(issue)
    assert Campaign.objects.filter(issue=issue).count() == 1
    assert len(mail.outbox) == 3

    # Translations and older weeks (filling the archive) do not trigger a campaign.
    with django_capture_on_commit_callbacks(execute=True):
        factories.translate_issue(issue, "ru")
        older = publish_new_issue(datetime.date(2026, 11, 9), economy)
    assert Campaign.objects.count() == 1
    assert not Campaign.objects.filter(issue=older).exists()


def test_no_campaign_on_publish_when_the_setting_is_off(
    settings, site_structure, subscribers, django_capture_on_commit_callbacks
):
    settings.NEWSLETTER = {**settings.NEWSLETTER, "SEND_ON_PUBLISH": False}
    economy = factories.make_topics(["economy"])["economy"]["en"]
    with django_capture_on_commit_callbacks(execute=True):
        publish_new_issue(datetime.date(2026, 11, 23), economy)
    assert not Campaign.objects.exists()
    assert mail.outbox == []


def test_progress_json_is_read_only_json(admin_client, issue):
    response = admin_client.get(campaign_url(issue, "progress"))
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content)["status"] == "none"
    assert "no-store" in response["Cache-Control"]


def test_newsletter_permissions_can_be_given_to_groups(admin_client):
    html = admin_client.get(reverse("wagtailusers_groups:add")).content.decode()
    assert "Can see subscribers&#x27; email addresses" in html
    assert "Can change campaign" in html


def test_large_export_streams_every_row_once(admin_client, db):
    Subscriber.objects.bulk_create(
        Subscriber(
            email_hash=email_index(f"r{n}@example.org"),
            email_encrypted=encrypt_email(f"r{n}@example.org"),
            status="confirmed",
        )
        for n in range(1203)
    )
    confirm_password(admin_client)
    body = b"".join(admin_client.get(reverse("newsletter_admin:export")).streaming_content)
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert len(rows) == 1203
    assert len({r["email"] for r in rows}) == 1203
    assert body.decode().count("id,email,status") == 1  # one header


def test_progress_says_preparing_while_a_large_list_is_being_frozen(admin_client, issue):
    campaign = Campaign.objects.create(
        issue=issue, status=Campaign.Status.SENDING, started_at=timezone.now()
    )
    data = json.loads(admin_client.get(campaign_url(issue, "progress")).content)
    assert data["preparing"] is True
    assert data["preparing_label"] == "Preparing recipients…"
    assert "Preparing recipients…" in admin_client.get(campaign_url(issue)).content.decode()

    Campaign.objects.filter(pk=campaign.pk).update(frozen_at=timezone.now())
    data = json.loads(admin_client.get(campaign_url(issue, "progress")).content)
    assert data["preparing"] is False and data["preparing_label"] == ""
    assert "Preparing recipients" not in admin_client.get(campaign_url(issue)).content.decode()


# ---------------------------------------------------------------------------------------------
# The subscriber list and its export on Wagtail's generic views (issue 8), the password asked
# again and the audit log (issue 11)

FORMULAS = ['=HYPERLINK("http://evil.test")', "+1+1", "-2+3", "@SUM(A1)"]


@pytest.fixture
def formula_subscribers(db):
    """Subscribers whose consent source a spreadsheet would run as a formula."""
    made = []
    for n, formula in enumerate(FORMULAS):
        subscriber = subscribe(f"formula{n}@example.org", "en")
        subscriber.consent_source = formula
        subscriber.save(update_fields=["consent_source"])
        made.append(subscriber)
    return made


def test_address_column_is_hidden_without_the_permission(editor_client, subscribers):
    response = editor_client.get(reverse("newsletter_admin:subscribers"))
    labels = [str(column.label) for column in response.context["table"].columns.values()]
    assert "Subscriber" in labels and "Address" not in labels
    html = response.content.decode()
    en = subscribers["en"]
    assert f"#{en.pk} · {en.email_hash[:12]}" in html
    assert not any(address in html for address in ADDRESSES.values())
    # No search box to look an address up with.
    assert 'name="q"' not in html


def test_address_column_is_shown_with_the_permission(admin_client, subscribers):
    response = admin_client.get(reverse("newsletter_admin:subscribers"))
    labels = [str(column.label) for column in response.context["table"].columns.values()]
    assert "Address" in labels
    assert 'name="q"' in response.content.decode()


def test_exact_address_search_finds_one_subscriber(admin_client, subscribers):
    for url in ("newsletter_admin:subscribers", "newsletter_admin:subscribers_results"):
        response = admin_client.get(reverse(url), {"q": " BARYS.reader@example.net "})
        assert [s.pk for s in response.context["object_list"]] == [subscribers["be"].pk]
        assert "Enter a complete email address." not in response.content.decode()


@pytest.mark.parametrize("fragment", ["barys", "reader@example", "example.net", "@"])
def test_a_fragment_finds_nothing_and_says_why(admin_client, subscribers, fragment):
    for url in ("newsletter_admin:subscribers", "newsletter_admin:subscribers_results"):
        response = admin_client.get(reverse(url), {"q": fragment})
        assert list(response.context["object_list"]) == []
        html = response.content.decode()
        assert "Enter a complete email address." in html
        assert not any(address in html for address in ADDRESSES.values())


def test_list_is_paginated_by_fifty(editor_client, db):
    for n in range(51):
        subscribe(f"page{n}@example.org", "en")
    first = editor_client.get(reverse("newsletter_admin:subscribers"))
    assert len(first.context["object_list"]) == 50
    second = editor_client.get(reverse("newsletter_admin:subscribers"), {"p": 2})
    assert len(second.context["object_list"]) == 1


def test_subscribers_cannot_be_added_edited_or_deleted_through_generic_views(admin_client):
    from django.urls import NoReverseMatch

    for name in ("add", "edit", "delete", "inspect"):
        with pytest.raises(NoReverseMatch):
            reverse(f"newsletter_admin:{name}")
    html = admin_client.get(reverse("newsletter_admin:subscribers")).content.decode()
    assert "Add subscriber" not in html


def xlsx_rows(response) -> list[list]:
    import openpyxl

    body = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = openpyxl.load_workbook(io.BytesIO(body)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_exports_without_the_permission_have_no_addresses_and_no_formulas(
    editor_client, subscribers, formula_subscribers
):
    csv_response = editor_client.get(reverse("newsletter_admin:export"), {"export": "csv"})
    assert csv_response["Content-Type"].startswith("text/csv")
    rows = read_export(csv_response)
    assert "email" not in rows[0]
    formula_ids = {str(s.pk) for s in formula_subscribers}
    assert sorted(r["consent_source"] for r in rows if r["id"] in formula_ids) == sorted(
        "'" + formula for formula in FORMULAS
    )

    xlsx_response = editor_client.get(reverse("newsletter_admin:export"), {"export": "xlsx"})
    assert xlsx_response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )
    header, *data = xlsx_rows(xlsx_response)
    assert header[:2] == ["id", "email_hash_prefix"] and "email" not in header
    values = [str(value) for row in data for value in row if value is not None]
    assert not any("example" in value for value in values)
    consent = [row[header.index("consent_source")] for row in data if str(row[0]) in formula_ids]
    assert sorted(consent) == sorted("'" + formula for formula in FORMULAS)
    assert not any(value.startswith(("=", "+", "-", "@")) for value in values)


def test_xlsx_export_with_addresses_neutralises_formulas(admin_client, formula_subscribers):
    confirm_password(admin_client)
    response = admin_client.get(reverse("newsletter_admin:export"), {"export": "xlsx"})
    header, *data = xlsx_rows(response)
    assert header[:2] == ["id", "email"]
    assert sorted(row[1] for row in data) == sorted(
        f"formula{n}@example.org" for n in range(len(FORMULAS))
    )
    consent = sorted(row[header.index("consent_source")] for row in data)
    assert consent == sorted("'" + formula for formula in FORMULAS)


def export_log_entries():
    from wagtail.models import ModelLogEntry

    return ModelLogEntry.objects.filter(action="newsletter.export").order_by("pk")


def test_export_with_addresses_asks_for_the_password_first(admin_client, subscribers):
    response = admin_client.get(reverse("newsletter_admin:export"), {"language": "ru"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("newsletter_admin:export_password"))
    form = admin_client.get(response["Location"])
    assert form.status_code == 200
    assert 'type="password"' in form.content.decode()
    assert not export_log_entries().exists()


@pytest.mark.parametrize("export", ["csv", "xlsx"])
@pytest.mark.parametrize(
    "listing", ["newsletter_admin:subscribers", "newsletter_admin:subscribers_results"]
)
def test_the_list_itself_gives_no_file_past_the_password(
    admin_client, subscribers, listing, export
):
    """Wagtail's index view exports on `?export=`; ours only through the export view."""
    response = admin_client.get(reverse(listing), {"export": export})
    assert response.status_code == 200
    assert "Content-Disposition" not in response
    assert not hasattr(response, "streaming_content")
    assert not export_log_entries().exists()


def test_wrong_password_gives_an_error_and_no_file(admin_client, subscribers):
    url = reverse("newsletter_admin:export_password") + "?export=csv"
    response = admin_client.post(url, {"password": "not my password"})
    assert response.status_code == 400
    assert "Content-Disposition" not in response
    assert "That is not your password. Nothing was exported." in response.content.decode()
    # Still no file: the export asks again.
    again = admin_client.get(reverse("newsletter_admin:export"))
    assert again.status_code == 302 and not hasattr(again, "streaming_content")
    assert not export_log_entries().exists()


def test_right_password_gives_the_file_and_an_audit_entry(admin_client, subscribers):
    url = reverse("newsletter_admin:export_password") + "?export=csv&language=ru"
    response = admin_client.post(url, {"password": "x" * 12})
    assert response.status_code == 302
    assert response["Location"] == reverse("newsletter_admin:export") + "?export=csv&language=ru"
    download = admin_client.get(response["Location"])
    assert "attachment" in download["Content-Disposition"]
    assert [r["email"] for r in read_export(download)] == [ADDRESSES["ru"]]
    (entry,) = export_log_entries()
    assert entry.user.username == "boss"
    assert entry.data == {
        "format": "csv",
        "filters": {"language": "ru"},
        "addresses": True,
        "rows": 1,
    }
    history = admin_client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Exported 1 subscribers as CSV WITH addresses (filters: language = ru)" in history
    # The subscriber list links to the exports in the site history.
    listing = admin_client.get(reverse("newsletter_admin:subscribers"))
    exports = admin_client.get(listing.context["export_history_url"]).content.decode()
    assert "Exported 1 subscribers as CSV WITH addresses" in exports


def test_password_confirmation_lasts_five_minutes(admin_client, subscribers):
    from freezegun import freeze_time

    start = timezone.now()
    with freeze_time(start):
        confirm_password(admin_client)
    with freeze_time(start + datetime.timedelta(minutes=4)):
        assert admin_client.get(reverse("newsletter_admin:export")).status_code == 200
    with freeze_time(start + datetime.timedelta(minutes=6)):
        assert admin_client.get(reverse("newsletter_admin:export")).status_code == 302


def test_wrong_passwords_here_lock_the_account_like_at_the_login(admin_client, subscribers):
    from django.conf import settings

    url = reverse("newsletter_admin:export_password")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        admin_client.post(url, {"password": "guess"})
    locked = admin_client.post(url, {"password": "x" * 12})
    assert locked.status_code != 302
    assert admin_client.get(reverse("newsletter_admin:export")).status_code == 302


def test_export_without_addresses_is_recorded_too(editor_client, admin_client, subscribers):
    response = editor_client.get(
        reverse("newsletter_admin:export"), {"export": "xlsx", "status": "confirmed"}
    )
    assert response.status_code == 200
    (entry,) = export_log_entries()
    assert entry.user.username == "editor"
    assert entry.data == {
        "format": "xlsx",
        "filters": {"status": "confirmed"},
        "addresses": False,
        "rows": 3,
    }
    # Someone without page permissions reaches it through the list's link.
    listing = editor_client.get(reverse("newsletter_admin:subscribers"))
    history = editor_client.get(listing.context["export_history_url"]).content.decode()
    assert (
        "Exported 3 subscribers as XLSX without addresses (filters: status = confirmed)" in history
    )
    # The audience admin may also leave the addresses out, without the password.
    plain = admin_client.get(reverse("newsletter_admin:export"), {"addresses": "0"})
    assert plain.status_code == 200
    assert not any(a in b"".join(plain.streaming_content).decode() for a in ADDRESSES.values())
    assert export_log_entries().last().data["addresses"] is False


def test_export_link_carries_the_filters_but_not_the_searched_address(admin_client, subscribers):
    response = admin_client.get(
        reverse("newsletter_admin:subscribers"), {"status": "confirmed", "q": ADDRESSES["en"]}
    )
    url = response.context["view"].get_export_url("csv")
    assert url == reverse("newsletter_admin:export") + "?status=confirmed&export=csv"


def test_campaign_list_shows_each_issue_with_its_campaign(
    admin_client, issue, subscribers, django_user_model
):
    starter = django_user_model.objects.create_user(
        "vera", password="x" * 12, first_name="Vera", last_name="Editor"
    )
    campaign = Campaign.objects.create(
        issue=issue,
        status=Campaign.Status.SENDING,
        started_at=timezone.now(),
        started_via=Campaign.StartedVia.USER,
        started_by=starter,
    )
    Delivery.objects.create(campaign=campaign, subscriber=subscribers["en"], status="sent")
    Delivery.objects.create(campaign=campaign, subscriber=subscribers["ru"], status="queued")
    older = factories.make_issue(issue.week_start - datetime.timedelta(weeks=1), revision=False)
    response = admin_client.get(reverse("newsletter_admin:campaigns"))
    html = response.content.decode()
    assert campaign_url(issue) in html and issue.title in html
    assert "Sending" in html
    assert "Vera Editor" in html
    assert "1 of 2 sent" in html
    week = issue.week_start.isocalendar()
    assert f"week {week.week}, {week.year}" in html
    # An issue without a campaign is listed too, after the newer one.
    assert "not sent" in html
    assert html.index(campaign_url(issue)) < html.index(campaign_url(older))
