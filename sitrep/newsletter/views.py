"""Subscriber pages: signup, confirmation, preferences, unsubscribe. Thin: parse, call an action,
render. See docs/newsletter.md, "Subscribers and privacy".

- Every well-formed signup request renders the same "check your inbox" page (no enumeration).
- A GET never changes state: links in emails open a page with a button that POSTs, because mail
  scanners follow links.
- No subscriber page sets a cookie, and none needs CSRF protection:
  - the pages reached by a signed link (confirm, preferences, unsubscribe) take their authority
    from the token in the URL, which a cross-site forger does not have (and whoever has it can
    POST directly). The unsubscribe POST must work without a cookie anyway (RFC 8058 one-click).
    They also send `Referrer-Policy: no-referrer`, under which browsers send `Origin: null` with
    a form POST, which Django's CSRF check would reject.
  - the signup POST: forging it gains an attacker nothing a direct POST would not; double
    opt-in, the honeypot and the rate limits are the protection. So the pages that carry the
    signup form (home, articles, the signup page) set no cookie and can be cached.
- Pages reached by a signed link send no Referer anywhere and ask search engines not to index
  them (`signed_link_page`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from .actions.subscribers import (
    check_confirmation,
    do_confirm_subscription,
    do_request_subscription,
    do_unsubscribe,
    do_update_preferences,
    known_topic_slugs,
    subscriber_for_link,
)
from .forms import PreferencesForm, SubscribeForm, language_choices, topic_choices
from .models import Subscriber
from .tokens import (
    PREFERENCES,
    UNSUBSCRIBE,
    ExpiredLink,
    InvalidLink,
    UsedLink,
    preferences_token,
    read_confirm_token,
    unsubscribe_token,
)

logger = logging.getLogger(__name__)


def client_ip(request: HttpRequest) -> str | None:
    """The client's IP, for the rate limit only (hashed, never stored). Behind a proxy
    (SITREP_BEHIND_PROXY) the proxy appends the real client to X-Forwarded-For last."""
    if settings.SECURE_PROXY_SSL_HEADER:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR")


def signed_link_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """For views whose URL holds a signed token. `no-referrer` instead of the site-wide
    `same-origin`: the token must not travel in a Referer header, not even to our own pages and
    logs. `X-Robots-Tag` covers every response, error pages and POST answers included (the
    templates' robots meta tag only covers the HTML a crawler parses)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        response = view(request, *args, **kwargs)
        # SecurityMiddleware only sets its Referrer-Policy when the view set none.
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapped


def _signup_context(request: HttpRequest, form: SubscribeForm | None = None) -> dict:
    language = translation.get_language()
    return {
        "form": form,
        "signup_topics": topic_choices(language),
        "signup_languages": language_choices(),
        "signup_language": form.data.get("language", language) if form else language,
        "signup_email": form.data.get("email", "") if form else "",
        "signup_selected_topics": form.selected_topics() if form else [],
        "signup_id": "page",
    }


@csrf_exempt
@sensitive_post_parameters("email")
@never_cache
@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "newsletter/subscribe.html", _signup_context(request))

    form = SubscribeForm(request.POST, known_topics=known_topic_slugs())
    if form.is_bot:
        logger.info("newsletter signup honeypot filled; nothing done")
        return _check_inbox(request)
    if not form.is_valid():
        context = _signup_context(request, form)
        return render(request, "newsletter/subscribe.html", context, status=400)
    do_request_subscription(
        form.cleaned_data["email"],
        form.cleaned_data["language"],
        form.cleaned_data["topics"],
        client_ip=client_ip(request),
        known_topics=form.known_topics,
    )
    return _check_inbox(request)


def _check_inbox(request: HttpRequest) -> HttpResponse:
    # The same page, status and headers whatever happened: nobody learns whether an address is
    # known, confirmed, suppressed or rate limited.
    return render(request, "newsletter/check_inbox.html", {})


def _link_error(request: HttpRequest, error: InvalidLink) -> HttpResponse:
    if isinstance(error, ExpiredLink):
        kind, status = "expired", 410
    elif isinstance(error, UsedLink):
        kind, status = "used", 410
    else:
        kind, status = "invalid", 400
    return render(request, "newsletter/link_error.html", {"kind": kind}, status=status)


def _confirmed_by(token: str) -> Subscriber | None:
    """The confirmed subscriber a genuine but used confirmation link was made for, or None.
    Only called after the token's signature and age were checked (UsedLink): whoever holds it
    received the confirmation email, so telling them the subscription is confirmed reveals
    nothing new. A forged or expired link never gets here."""
    subscriber_id, _nonce = read_confirm_token(token)
    return Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.Status.CONFIRMED).first()


def _confirmed_page(request: HttpRequest, subscriber: Subscriber, *, already: bool) -> HttpResponse:
    context = {"already": already, "preferences_token": preferences_token(subscriber)}
    return render(request, "newsletter/confirmed.html", context)


@csrf_exempt
@signed_link_page
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    try:
        if request.method == "GET":
            check_confirmation(token)
            return render(request, "newsletter/confirm.html", {})
        subscriber = do_confirm_subscription(token)
    except UsedLink as error:
        # Opened again after confirming (or the button pressed twice): say so, not "sign up".
        confirmed = _confirmed_by(token)
        if confirmed is not None:
            return _confirmed_page(request, confirmed, already=True)
        return _link_error(request, error)
    except InvalidLink as error:
        return _link_error(request, error)
    return _confirmed_page(request, subscriber, already=False)


@csrf_exempt
@signed_link_page
@never_cache
@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscriber = subscriber_for_link(token, PREFERENCES)
    except InvalidLink as error:
        return _link_error(request, error)
    language = translation.get_language()
    context = {
        "subscriber": subscriber,
        "is_subscribed": subscriber.status == Subscriber.Status.CONFIRMED,
        "languages": language_choices(),
        "topic_choices": topic_choices(language),
        "unsubscribe_token": unsubscribe_token(subscriber),
        "saved": False,
        "form": None,
    }
    status = 200
    if request.method == "POST" and context["is_subscribed"]:
        form = PreferencesForm(request.POST, known_topics=known_topic_slugs())
        if form.is_valid():
            do_update_preferences(
                subscriber,
                form.cleaned_data["language"],
                form.cleaned_data["topics"],
                known_topics=form.known_topics,
            )
            context["saved"] = True
        else:
            context["form"] = form
            status = 400
    return render(request, "newsletter/preferences.html", context, status=status)


@csrf_exempt
@signed_link_page
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscriber = subscriber_for_link(token, UNSUBSCRIBE)
    except InvalidLink as error:
        return _link_error(request, error)
    if request.method == "GET":
        still_subscribed = subscriber.status in {
            Subscriber.Status.PENDING,
            Subscriber.Status.CONFIRMED,
        }
        return render(
            request, "newsletter/unsubscribe.html", {"done": not still_subscribed, "ask": True}
        )
    # RFC 8058: mail clients POST "List-Unsubscribe=One-Click"; our own button posts nothing.
    if request.POST.get("List-Unsubscribe") == "One-Click":
        source = "one-click"
    elif request.POST.get("from") == "preferences":
        source = "preferences"
    else:
        source = "page"
    do_unsubscribe(subscriber, source=source)
    return render(request, "newsletter/unsubscribe.html", {"done": True, "ask": False})
