"""Signup under attack: no timing difference between address states (the request does the same
work for each), no mail bombing through +tags, dots or one domain, and abuse limits that survive
a burst. See docs/newsletter.md, "No enumeration" and "Abuse limits"."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest
from django.core import mail
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks import task_backends

from sitrep.newsletter import ratelimit
from sitrep.newsletter.actions.subscribers import do_request_subscription
from sitrep.newsletter.crypto import email_index
from sitrep.newsletter.models import SignupRequest, Subscriber
from sitrep.newsletter.validation import mailbox_key

from .factories import make_subscriber
from .subscription_helpers import post_subscribe

pytestmark = pytest.mark.django_db

Status = Subscriber.Status
STATES = ("new", "pending", "confirmed", "unsubscribed", "bounced", "complained")
DUMMY_TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.dummy.DummyBackend",
        "QUEUES": ["default", "newsletter"],
    }
}


def _make(address: str, state: str) -> None:
    if state == "new":
        return
    make_subscriber(
        address,
        keep_address=state not in {"bounced", "complained"},
        status={"pending": Status.PENDING}.get(state, state),
        confirmation_nonce="n0nce" if state == "pending" else "",
        consent_source="",
        confirmed_at=None,
    )


# Values (keys, hashes, ids, times) and savepoint names differ from call to call; the statements
# must not.
_NOISE = [
    (re.compile(r'"?s\d+_x\d+"?'), "<savepoint>"),
    (re.compile(r"X?'(?:[^']|'')*'"), "<value>"),
    (re.compile(r"\b\d+(?:\.\d+)?\b"), "<n>"),
]


def _shape(queries: list[dict]) -> list[str]:
    shapes = []
    for query in queries:
        sql = query["sql"]
        for pattern, replacement in _NOISE:
            sql = pattern.sub(replacement, sql)
        shapes.append(sql)
    return shapes


# --- 1. the request path is the same for every state ------------------------------------------


def test_signup_request_does_the_same_work_for_every_address_state(
    client, settings, django_capture_on_commit_callbacks
):
    """Same statements, same tasks, in the same order, whether the address is new, pending,
    confirmed, unsubscribed, bounced or complained (what a stopwatch could tell apart)."""
    settings.TASKS = DUMMY_TASKS
    backend = task_backends["default"]
    # One request first, so that per-process caches (site, settings) are warm for every state.
    with django_capture_on_commit_callbacks(execute=True):
        post_subscribe(client, "warm-up@example.org", ip="192.0.2.200")
    seen = {}
    for number, state in enumerate(STATES):
        address = f"reader{number}@example.org"
        _make(address, state)
        backend.clear()
        with CaptureQueriesContext(connection) as queries:
            with django_capture_on_commit_callbacks(execute=True):
                response = post_subscribe(client, address, ip=f"192.0.2.{number + 1}")
        assert response.status_code == 200, state
        tasks = [(r.task.name, len(r.args), sorted(r.kwargs)) for r in backend.results]
        seen[state] = (_shape(queries.captured_queries), tasks)
    assert seen["new"][1] == [("process_signup_request_task", 1, [])]
    for state in STATES:
        assert seen[state] == seen["new"], state
    # Nothing about any subscriber was read or written by the request itself.
    assert not [sql for sql in seen["new"][0] if "newsletter_subscriber" in sql]


def test_the_worker_still_decides_per_state(django_capture_on_commit_callbacks):
    for number, state in enumerate(STATES):
        _make(f"reader{number}@example.org", state)
    with django_capture_on_commit_callbacks(execute=True):
        for number, _state in enumerate(STATES):
            do_request_subscription(f"reader{number}@example.org", "en", client_ip="192.0.2.1")
    sent = sorted(message.to[0] for message in mail.outbox)
    # new, pending, confirmed ("already subscribed"), unsubscribed (new consent); not the rest.
    assert sent == [f"reader{n}@example.org" for n in range(4)]
    assert "already subscribed" in mail.outbox[2].subject
    assert SignupRequest.objects.count() == 0  # the worker deletes what it handled
    assert Subscriber.objects.get(email_hash=email_index("reader4@example.org")).status == (
        Status.BOUNCED
    )


# --- 2. mailbox, not string --------------------------------------------------------------------


def test_mailbox_key_folds_tags_everywhere_and_dots_at_gmail():
    assert mailbox_key("Victim+1@example.org") == mailbox_key("victim+news@example.org")
    assert mailbox_key("victim+1@example.org") == "victim@example.org"
    assert mailbox_key("v.i.c.t.i.m+x@googlemail.com") == "victim@gmail.com"
    assert mailbox_key("Vic.Tim@gmail.com") == mailbox_key("victim@gmail.com")
    # Dots matter elsewhere: two people.
    assert mailbox_key("anna.k@example.org") != mailbox_key("annak@example.org")


def _dot_variants(local: str, count: int) -> list[str]:
    variants = []
    for mask in range(1, 2 ** (len(local) - 1)):
        variant = local[0]
        for position, letter in enumerate(local[1:]):
            variant += ("." if mask >> position & 1 else "") + letter
        variants.append(variant)
        if len(variants) == count:
            return variants
    raise AssertionError("local part too short")


def _bomb(addresses: list[str], django_capture_on_commit_callbacks) -> Counter:
    with django_capture_on_commit_callbacks(execute=True):
        for number, address in enumerate(addresses):
            do_request_subscription(
                address, "en", client_ip=f"198.51.{number // 250}.{number % 250}"
            )
    return Counter(mailbox_key(message.to[0]) for message in mail.outbox)


@pytest.mark.parametrize(
    "variants",
    [
        [f"victim+{n}@gmail.com" for n in range(200)],
        [f"victim+{n}@example.org" for n in range(200)],
        [f"{local}@gmail.com" for local in _dot_variants("victimname", 200)],
        [f"{local}@googlemail.com" for local in _dot_variants("victimname", 200)],
    ],
    ids=["plus-gmail", "plus-other-domain", "dots-gmail", "dots-googlemail"],
)
def test_two_hundred_variants_from_two_hundred_ips_send_at_most_three_emails(
    variants, django_capture_on_commit_callbacks
):
    inbox = _bomb(variants, django_capture_on_commit_callbacks)
    assert len(inbox) == 1 and sum(inbox.values()) <= 3, inbox


def test_no_pattern_of_variants_floods_one_domain(settings, django_capture_on_commit_callbacks):
    """A catch-all domain takes any local part: per-mailbox caps cannot see the pattern, the
    per-domain cap does."""
    settings.NEWSLETTER = {**settings.NEWSLETTER, "CONFIRMATIONS_PER_DOMAIN_PER_HOUR": 20}
    inbox = _bomb(
        [f"x{n}-victim@catchall.example" for n in range(60)], django_capture_on_commit_callbacks
    )
    assert sum(inbox.values()) == 20
    # Other domains are not affected.
    mail.outbox.clear()
    assert sum(_bomb(["reader@example.org"], django_capture_on_commit_callbacks).values()) == 1


# --- 3. limits survive load --------------------------------------------------------------------


def test_rate_limits_live_in_a_shared_cache_that_does_not_cull_live_keys():
    backend = caches[ratelimit.CACHE_ALIAS]
    assert type(backend).__name__ in {"RateLimitCache", "RedisCache"}


def test_a_two_thousand_request_burst_gives_no_address_more_than_three(
    settings, django_capture_on_commit_callbacks
):
    """400 addresses asked for 5 times each, interleaved, from 2,000 client addresses. The
    local-memory cache kept 300 keys and culled the rest, forgetting which addresses had had
    their three confirmation emails."""
    settings.NEWSLETTER = {**settings.NEWSLETTER, "CONFIRMATIONS_PER_DOMAIN_PER_HOUR": 0}
    requests = [f"burst{n}@example.org" for n in range(400)] * 5
    random.Random(7).shuffle(requests)
    _bomb(requests, django_capture_on_commit_callbacks)
    per_address = Counter(message.to[0] for message in mail.outbox)
    assert len(per_address) == 400
    assert max(per_address.values()) == 3, per_address.most_common(5)


def test_rate_limit_counters_hold_no_address_or_ip(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        do_request_subscription("anna+news@gmail.com", "en", client_ip="192.0.2.55")
    backend = caches[ratelimit.CACHE_ALIAS]
    if hasattr(backend, "keys"):
        keys = list(backend.keys("*"))
    else:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT cache_key FROM {backend._table}")
            keys = [row[0] for row in cursor.fetchall()]
    assert len(keys) >= 4  # ip, mailbox, mailbox slot, domain
    assert not [k for k in keys if "anna" in k or "192.0.2.55" in k or "gmail" in k]


def test_database_counter_is_atomic_and_expiring(settings):
    backend = caches[ratelimit.CACHE_ALIAS]
    if not isinstance(backend, ratelimit.RateLimitCache):
        pytest.skip("the rate limits use Redis here")
    assert backend.add("n", 1, timeout=60)
    assert [backend.incr("n") for _ in range(3)] == [2, 3, 4]
    assert backend.get("n") == 4
    with pytest.raises(ValueError):
        backend.incr("missing")
    backend.add("old", 1, timeout=-1)  # already expired
    with pytest.raises(ValueError):
        backend.incr("old")


def test_sweeping_drops_only_expired_counters(settings):
    backend = caches[ratelimit.CACHE_ALIAS]
    if not isinstance(backend, ratelimit.RateLimitCache):
        pytest.skip("the rate limits use Redis here")
    backend._max_entries = 5
    for number in range(12):
        backend.add(f"live{number}", 1, timeout=3600)
    assert all(backend.get(f"live{number}") == 1 for number in range(12))
