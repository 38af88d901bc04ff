"""The subscriber import (CSV upload). The list and the export are in subscriber_list.py."""

from __future__ import annotations

import logging
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages

from ..actions.imports import ImportRejected, do_import_subscribers
from ..csv_io import parse_subscriber_csv
from ..validation import language_codes
from .common import PERM_IMPORT, NewsletterAdminView

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
