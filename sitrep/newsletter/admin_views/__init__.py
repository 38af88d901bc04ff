"""The newsletter screens of the Wagtail admin: the campaign list (`campaign_list`, Wagtail's
generic IndexView), one issue's campaign (preview, test send, start, pause, resume, cancel,
re-send `unknown`, live progress) in `campaigns`, the subscriber list and its CSV/XLSX export
(`subscriber_list`, generic IndexView with SpreadsheetExportMixin; the password asked again in
`reauth`), the CSV import in `subscribers`, what they share in `common` and `listing`.
See docs/newsletter.md, "The admin".

Thin views: they check permissions, parse a form and call an action. Every state change is a
POST (CSRF-protected); GETs only read. Addresses are decrypted only for users with the
`newsletter.view_subscriber_address` permission, and only for the rows on screen or in an export.

Permissions (Django model permissions, assignable to groups in Settings → Groups):
- newsletter.view_campaign: campaign list, campaign screen, preview, progress
- newsletter.add_campaign: start (now or at a time)
- newsletter.change_campaign: test send, pause, resume, cancel, re-send unknown
- newsletter.view_subscriber: counts and list, export without addresses
- newsletter.view_subscriber_address: addresses on screen and in the export (after the password
  is asked again), search by address
- newsletter.add_subscriber: CSV import
"""

from django.urls import path

from .campaign_list import CampaignIndexView
from .campaigns import (
    CampaignControlView,
    CampaignView,
    ProgressView,
    SendTestView,
    StartCampaignView,
    preview_view,
)
from .common import PERM_VIEW_CAMPAIGN, PERM_VIEW_SUBSCRIBER
from .subscriber_list import ExportPasswordView, SubscriberExportView, SubscriberIndexView
from .subscribers import ImportView

__all__ = ["PERM_VIEW_CAMPAIGN", "PERM_VIEW_SUBSCRIBER", "urlpatterns"]

# ---------------------------------------------------------------------------------------------

app_name = "newsletter_admin"
urlpatterns = [
    path("", CampaignIndexView.as_view(), name="campaigns"),
    path("issue/<int:issue_id>/", CampaignView.as_view(), name="campaign"),
    path("issue/<int:issue_id>/start/", StartCampaignView.as_view(), name="start"),
    path("issue/<int:issue_id>/test/", SendTestView.as_view(), name="send_test"),
    path(
        "issue/<int:issue_id>/<str:action>/",
        CampaignControlView.as_view(),
        name="control",
    ),
    path("issue/<int:issue_id>/progress.json", ProgressView.as_view(), name="progress"),
    path(
        "issue/<int:issue_id>/preview/<str:language>.<str:fmt>",
        preview_view,
        name="preview",
    ),
    path("subscribers/", SubscriberIndexView.as_view(), name="subscribers"),
    path(
        "subscribers/results/",
        SubscriberIndexView.as_view(results_only=True),
        name="subscribers_results",
    ),
    path("subscribers/export/", SubscriberExportView.as_view(), name="export"),
    path("subscribers/export/password/", ExportPasswordView.as_view(), name="export_password"),
    path("subscribers/import/", ImportView.as_view(), name="import"),
]
