"""The subscriber list and its export, on Wagtail's generic IndexView (filters, columns,
pagination, CSV and XLSX through SpreadsheetExportMixin). See docs/newsletter.md, "The admin".

What Wagtail does not do for us, and this module adds:
- the counts per status × language above the list;
- addresses only for users with newsletter.view_subscriber_address; the others see
  `#id · hash-prefix` on screen and the hash prefix in exports;
- search only by a complete address through the blind index (there is nothing to search by
  fragment: addresses are stored encrypted), and only for those who may see addresses;
- every cell a spreadsheet could run as a formula neutralised, in CSV and in XLSX;
- exports that stream from the database (`QuerySet.iterator`) instead of loading the list;
- an export with addresses asks for the password again (reauth.py), and every export is
  recorded in Wagtail's audit log (actions/exports.py).

Subscribers are listed and exported here, imported in subscribers.py; nothing creates, edits or
deletes a subscriber through a generic view.
"""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import Any
from urllib.parse import urlencode

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.search import SearchForm
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

from ..actions.exports import EXPORT_LOG_ACTION, do_record_subscriber_export
from ..crypto import email_index
from ..csv_io import (
    HASH_PREFIX_LENGTH,
    export_columns,
    export_row,
    export_value,
    neutralise_cell,
    stored_address,
)
from ..models import Subscriber
from ..rendering import LANGUAGE_NAMES
from ..selectors import subscriber_counts
from ..validation import clean_email, language_codes
from .common import PERM_IMPORT, PERM_VIEW_ADDRESS, NewsletterAdminView, can_see_addresses
from .listing import NewsletterListingMixin
from .reauth import (
    PASSWORD_CONFIRMATION_SECONDS,
    PasswordConfirmationForm,
    password_recently_confirmed,
    remember_password_confirmed,
)

SUBSCRIBERS_PER_PAGE = 50
# Rows fetched per database round trip while an export streams.
EXPORT_CHUNK_SIZE = 2000
# Query parameters an export keeps from the list: its filters. Not the address searched for,
# which would otherwise end up in the audit log.
EXPORT_FILTERS = ("status", "language")


def language_choices() -> list[tuple[str, str]]:
    return [(code, LANGUAGE_NAMES[code]) for code in language_codes()]


class SubscriberFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=Subscriber.Status.choices,
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )
    language = django_filters.ChoiceFilter(
        label=gettext_lazy("Language"),
        choices=language_choices,
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Subscriber
        fields = ["status", "language"]


class ExactAddressSearchForm(SearchForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, placeholder=_("Exact email address"), **kwargs)
        self.fields["q"].label = _("Exact email address")
        self.fields["q"].widget.attrs["autocomplete"] = "off"


def topics_label(subscriber: Subscriber) -> str:
    return ", ".join(subscriber.topics) if subscriber.topics else _("all")


class SubscriberIndexView(NewsletterListingMixin, IndexView):
    model = Subscriber
    permission_policy = ModelPermissionPolicy(Subscriber)
    index_url_name = "newsletter_admin:subscribers"
    index_results_url_name = "newsletter_admin:subscribers_results"
    template_name = "newsletter/admin/subscribers.html"
    results_template_name = "newsletter/admin/subscribers_results.html"
    page_title = gettext_lazy("Newsletter subscribers")
    header_icon = "group"
    paginate_by = SUBSCRIBERS_PER_PAGE
    filterset_class = SubscriberFilterSet
    default_ordering = "-pk"
    export_filename = "subscribers"

    def setup(self, request: HttpRequest, *args: Any, **kwargs: Any) -> None:
        super().setup(request, *args, **kwargs)
        # Wagtail's list answers `?export=` itself; ours exports only through
        # SubscriberExportView (the password again, the audit log, neutralised cells).
        self.is_export = False

    @cached_property
    def show_addresses(self) -> bool:
        return can_see_addresses(self.request.user)

    # --- search: one complete address, through the blind index --------------------------

    @cached_property
    def is_searchable(self) -> bool:
        return self.show_addresses

    def get_search_form(self) -> SearchForm | None:
        if not self.is_searchable:
            return None
        if self.search_kwarg in self.request.GET:
            return ExactAddressSearchForm(self.request.GET)
        return ExactAddressSearchForm()

    @cached_property
    def searched_index(self) -> str | None:
        """The blind index of the address searched for; None when the query is no address."""
        try:
            return email_index(clean_email(self.search_query))
        except ValidationError:
            return None

    @cached_property
    def search_error(self) -> str:
        if self.is_searching and self.searched_index is None:
            return _("Enter a complete email address.")
        return ""

    def search_queryset(self, queryset: QuerySet[Subscriber]) -> QuerySet[Subscriber]:
        if not self.is_searching:
            return queryset
        if self.searched_index is None:
            return queryset.none()
        return queryset.filter(email_hash=self.searched_index)

    # --- columns -----------------------------------------------------------------------

    def identity(self, subscriber: Subscriber) -> str:
        if not self.show_addresses:
            return f"#{subscriber.pk} · {subscriber.email_hash[:HASH_PREFIX_LENGTH]}"
        return stored_address(subscriber) or _("(address deleted) #%(id)s") % {"id": subscriber.pk}

    @cached_property
    def columns(self) -> list[Column]:
        return [
            Column(
                "identity",
                label=_("Address") if self.show_addresses else _("Subscriber"),
                accessor=self.identity,
            ),
            Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
            Column(
                "language",
                label=_("Language"),
                accessor="get_language_display",
                sort_key="language",
            ),
            Column("topics", label=_("Topics"), accessor=topics_label),
            Column("consent_source", label=_("Consent")),
            DateColumn("created_at", label=_("Created"), sort_key="created_at"),
            DateColumn("confirmed_at", label=_("Confirmed"), sort_key="confirmed_at"),
        ]

    # --- header buttons: import, and the export of what the filters select ---------------

    @cached_property
    def list_export(self) -> list[str]:
        return export_columns(include_addresses=self.show_addresses)

    def get_export_url(self, format: str) -> str:
        params = {key: value for key in EXPORT_FILTERS if (value := self.request.GET.get(key, ""))}
        params["export"] = format
        return reverse("newsletter_admin:export") + "?" + urlencode(params)

    @cached_property
    def header_buttons(self) -> list[Any]:
        buttons = list(super().header_buttons)
        if self.request.user.has_perm(PERM_IMPORT):
            buttons.append(
                HeaderButton(
                    _("Import CSV"), url=reverse("newsletter_admin:import"), icon_name="upload"
                )
            )
        return buttons

    def get_context_data(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(*args, **kwargs)
        context["show_addresses"] = self.show_addresses
        context["search_error"] = self.search_error
        if not self.results_only:  # the counts sit above the part a filter change refreshes
            context.update(counts_context())
            # Wagtail shows Reports → Site history only to page editors; the link is here for
            # everyone who may see the list, and the log shows them the exports.
            context["export_history_url"] = (
                reverse("wagtailadmin_reports:site_history")
                + "?"
                + urlencode({"action": EXPORT_LOG_ACTION})
            )
        return context


def counts_context() -> dict[str, Any]:
    """The table of subscribers per status (rows) and language (columns), with totals."""
    counts = subscriber_counts()
    codes = language_codes()
    rows = [
        {
            "status": status,
            "label": label,
            "cells": [counts.get((status, code), 0) for code in codes],
            "total": sum(counts.get((status, code), 0) for code in codes),
        }
        for status, label in Subscriber.Status.choices
    ]
    column_totals = [sum(counts.get((s, code), 0) for s in Subscriber.Status) for code in codes]
    return {
        "languages": language_choices(),
        "counts_table": rows,
        "column_totals": column_totals,
        "grand_total": sum(column_totals),
    }


class SubscriberExportView(SubscriberIndexView):
    """The subscribers the list's filters select, as CSV (the default) or XLSX. With addresses
    only after the password was confirmed in the last few minutes (ExportPasswordView)."""

    @cached_property
    def export_format(self) -> str:
        requested = self.request.GET.get("export")
        return requested if requested in self.FORMATS else self.FORMAT_CSV

    @cached_property
    def show_addresses(self) -> bool:
        # `addresses=0`: an export without addresses, which needs no password.
        return can_see_addresses(self.request.user) and self.request.GET.get("addresses") != "0"

    @cached_property
    def is_searchable(self) -> bool:
        return False

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if self.show_addresses and not password_recently_confirmed(request):
            return HttpResponseRedirect(
                reverse("newsletter_admin:export_password") + "?" + request.GET.urlencode()
            )
        subscribers = self.filter_queryset(Subscriber.objects.all()).order_by("pk")
        do_record_subscriber_export(
            acting_user=request.user,
            file_format=self.export_format,
            filters=self.applied_filters,
            include_addresses=self.show_addresses,
            row_count=subscribers.count(),
        )
        return self.as_spreadsheet(subscribers, self.export_format)

    @cached_property
    def applied_filters(self) -> dict[str, str]:
        if not (self.filters and self.filters.is_valid()):
            return {}
        return {key: value for key, value in self.filters.form.cleaned_data.items() if value}

    def as_spreadsheet(self, queryset: QuerySet[Subscriber], spreadsheet_format: str) -> Any:
        # Wagtail's writers iterate what they are given; an iterator keeps only one chunk of
        # rows in memory. The headings are all in export_headings, so Wagtail never needs the
        # queryset's model.
        rows = queryset.iterator(chunk_size=EXPORT_CHUNK_SIZE)
        response = super().as_spreadsheet(rows, spreadsheet_format)
        if spreadsheet_format == self.FORMAT_CSV:
            response["Content-Type"] = "text/csv; charset=utf-8"
        response["Cache-Control"] = "no-store"
        return response

    def get_filename(self) -> str:
        return f"subscribers-{timezone.localdate().isoformat()}"

    @cached_property
    def export_headings(self) -> dict[str, str]:
        # The column names themselves, as before: a file exported here imports back as it is.
        return {column: column for column in self.list_export}

    def to_row_dict(self, item: Subscriber) -> dict[str, Any]:
        row = export_row(item, include_address=self.show_addresses)
        return {column: export_value(row, column) for column in self.list_export}

    def preprocess_field_value(self, field: str, value: Any, export_format: str) -> Any:
        if isinstance(value, datetime.date):
            if export_format == self.FORMAT_CSV:
                return value.isoformat()
            return super().preprocess_field_value(field, value, export_format)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        # Text of every kind, the consent source and the address included.
        return neutralise_cell(value)


class ExportPasswordView(NewsletterAdminView):
    """Asks for the password before an export with addresses; the export's query string
    (format, filters) is carried through, and only to the export's own URL."""

    template_name = "newsletter/admin/export_password.html"
    permission_required = PERM_VIEW_ADDRESS
    page_title = gettext_lazy("Export subscribers with their addresses")
    header_icon = "download"

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("newsletter_admin:subscribers"), "label": _("Subscribers")},
            {"url": "", "label": self.page_title},
        ]

    def export_url(self, **extra: str) -> str:
        params = {key: value for key, value in self.request.GET.items() if key != "addresses"}
        params.update(extra)
        return reverse("newsletter_admin:export") + "?" + urlencode(params)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.setdefault("form", PasswordConfirmationForm(self.request))
        context["without_addresses_url"] = self.export_url(addresses="0")
        context["minutes"] = PASSWORD_CONFIRMATION_SECONDS // 60
        return context

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        form = PasswordConfirmationForm(request, data=request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        remember_password_confirmed(request)
        return HttpResponseRedirect(self.export_url())
