"""The subscriber screens: counts per status and language, the list (addresses only for those
allowed to see them, exact-address search through the blind index), CSV export and import."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages

from ..actions.imports import ImportRejected, do_import_subscribers
from ..crypto import email_index
from ..csv_io import (
    HASH_PREFIX_LENGTH,
    export_row,
    parse_subscriber_csv,
    stored_address,
    write_subscribers_csv,
)
from ..models import Subscriber
from ..rendering import LANGUAGE_NAMES
from ..validation import clean_email, language_codes
from .common import (
    PERM_IMPORT,
    PERM_VIEW_SUBSCRIBER,
    NewsletterAdminView,
    can_see_addresses,
    require_perm,
)

logger = logging.getLogger(__name__)

MAX_IMPORT_ERRORS_SHOWN = 100


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "UTF-8, with a header row: an 'email' column, optional 'language' (en, be, ru) and "
            "'topics' (topic slugs separated by spaces)."
        ),
    )
    confirmed = forms.BooleanField(
        label=gettext_lazy(
            "These people have consented to receive this newsletter: import them as confirmed, "
            "without a confirmation email"
        ),
        required=False,
    )
    consent_source = forms.CharField(
        label=gettext_lazy("Where and how they consented"),
        max_length=200,
        required=False,
        help_text=gettext_lazy(
            "Stored with every imported subscriber, e.g. 'subscribers of the old mailing list, "
            "exported 2024-05-01'. Required when importing as confirmed."
        ),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("confirmed") and not (data.get("consent_source") or "").strip():
            raise ValidationError(
                {"consent_source": _("Say where these people consented to be subscribed.")}
            )
        return data


def subscriber_filters(request: HttpRequest) -> dict[str, str]:
    status = request.GET.get("status", "")
    language = request.GET.get("language", "")
    filters = {}
    if status in Subscriber.Status.values:
        filters["status"] = status
    if language in language_codes():
        filters["language"] = language
    return filters


def address_for_display(subscriber: Subscriber) -> str:
    return stored_address(subscriber)


class SubscriberIndexView(NewsletterAdminView):
    template_name = "newsletter/admin/subscribers.html"
    permission_required = PERM_VIEW_SUBSCRIBER
    page_title = gettext_lazy("Newsletter subscribers")
    header_icon = "group"

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        show_addresses = can_see_addresses(self.request.user)
        counts = {
            (status, language): n
            for status, language, n in Subscriber.objects.values_list("status", "language")
            .annotate(n=Count("id"))
            .values_list("status", "language", "n")
        }
        codes = language_codes()
        table = [
            {
                "status": status,
                "label": label,
                "cells": [counts.get((status, code), 0) for code in codes],
                "total": sum(counts.get((status, code), 0) for code in codes),
            }
            for status, label in Subscriber.Status.choices
        ]
        column_totals = [sum(counts.get((s, code), 0) for s in Subscriber.Status) for code in codes]
        filters = subscriber_filters(self.request)
        subscribers = Subscriber.objects.filter(**filters).order_by("-pk")
        query = (self.request.GET.get("q") or "").strip()
        search_error = ""
        if query and show_addresses:
            # Exact look-up through the blind index: addresses cannot be searched by fragment.
            try:
                subscribers = subscribers.filter(email_hash=email_index(clean_email(query)))
            except ValidationError:
                search_error = _("Enter a complete email address.")
                subscribers = subscribers.none()
        page = Paginator(subscribers, 50).get_page(self.request.GET.get("p"))
        rows = [
            {
                "subscriber": s,
                "identity": address_for_display(s)
                if show_addresses
                else f"#{s.pk} · {s.email_hash[:HASH_PREFIX_LENGTH]}",
            }
            for s in page
        ]
        export_query = "&".join(f"{k}={v}" for k, v in filters.items())
        context.update(
            {
                "languages": [(code, LANGUAGE_NAMES[code]) for code in codes],
                "table": table,
                "column_totals": column_totals,
                "grand_total": sum(column_totals),
                "statuses": Subscriber.Status.choices,
                "filters": filters,
                "query": query if show_addresses else "",
                "search_error": search_error,
                "page_obj": page,
                "rows": rows,
                "show_addresses": show_addresses,
                "can_import": self.request.user.has_perm(PERM_IMPORT),
                "export_url": reverse("newsletter_admin:export")
                + (f"?{export_query}" if export_query else ""),
            }
        )
        return context


def export_rows(subscribers: Any, *, include_addresses: bool) -> Iterator[dict[str, Any]]:
    for subscriber in subscribers.iterator(chunk_size=2000):
        yield export_row(subscriber, include_address=include_addresses)


def stream_csv(rows: Iterator[dict[str, Any]], *, include_addresses: bool) -> Iterator[str]:
    """Yield the export line by line, so a large list never sits in memory."""
    buffer = io.StringIO()
    header_done = False
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= 500:
            write_subscribers_csv(buffer, batch, include_addresses=include_addresses)
            text = buffer.getvalue()
            yield text if not header_done else text.split("\r\n", 1)[1]
            header_done = True
            buffer.seek(0)
            buffer.truncate()
            batch = []
    if batch or not header_done:
        write_subscribers_csv(buffer, batch, include_addresses=include_addresses)
        text = buffer.getvalue()
        yield text if not header_done else text.split("\r\n", 1)[1]


def export_view(request: HttpRequest) -> StreamingHttpResponse:
    require_perm(request, PERM_VIEW_SUBSCRIBER)
    include_addresses = can_see_addresses(request.user)
    filters = subscriber_filters(request)
    subscribers = Subscriber.objects.filter(**filters).order_by("pk")
    logger.info(
        "newsletter subscriber export by user %s (%s, addresses: %s)",
        request.user.pk,
        filters or "all",
        include_addresses,
    )
    response = StreamingHttpResponse(
        stream_csv(
            export_rows(subscribers, include_addresses=include_addresses),
            include_addresses=include_addresses,
        ),
        content_type="text/csv; charset=utf-8",
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="subscribers-{stamp}.csv"'
    response["Cache-Control"] = "no-store"
    return response


class ImportView(NewsletterAdminView):
    template_name = "newsletter/admin/import.html"
    permission_required = PERM_IMPORT
    page_title = gettext_lazy("Import subscribers")
    header_icon = "upload"

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("newsletter_admin:subscribers"), "label": _("Subscribers")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ImportForm())
        context["max_errors"] = MAX_IMPORT_ERRORS_SHOWN
        return context

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        upload = form.cleaned_data["file"]
        if upload.size > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
            form.add_error("file", _("The file is too large."))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        try:
            text = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            form.add_error("file", _("The file is not UTF-8 text. Save it as 'CSV UTF-8'."))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        parsed = parse_subscriber_csv(text, languages=language_codes())
        errors = parsed.errors
        result = None
        if not errors:
            try:
                result = do_import_subscribers(
                    parsed.rows,
                    acting_user=request.user,
                    confirmed=form.cleaned_data["confirmed"],
                    consent_source=form.cleaned_data["consent_source"],
                )
            except ImportRejected as exc:
                errors = exc.errors
        if errors:
            context = self.get_context_data(
                form=form,
                import_errors=errors[:MAX_IMPORT_ERRORS_SHOWN],
                error_count=len(errors),
            )
            return self.render_to_response(context, status=400)
        assert result is not None
        if form.cleaned_data["confirmed"]:
            text = _(
                "%(created)d subscribers imported as confirmed; %(known)d addresses were already "
                "known and left unchanged."
            )
        else:
            text = _(
                "%(created)d subscribers imported as pending; confirmation emails are on their "
                "way. %(known)d addresses were already known and left unchanged."
            )
        messages.success(request, text % {"created": result.created, "known": result.already_known})
        return HttpResponseRedirect(reverse("newsletter_admin:subscribers"))
