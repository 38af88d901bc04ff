"""Recording subscriber exports in Wagtail's audit log. See docs/newsletter.md, "The admin".

Every export from the admin, with or without addresses, leaves one `newsletter.export` entry:
who, when, in which format, with which filters, whether addresses were in it, and how many rows.
It shows in Reports → Site history to everyone allowed to see subscribers.

An export concerns the whole list rather than one subscriber, but a Wagtail log entry belongs to
an object: the entries are filed under the Subscriber model with object id 0, which no
subscriber has (ids start at 1), so they are found by content type and never mistaken for one
subscriber's history.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from wagtail.log_actions import log

from ..models import Subscriber

logger = logging.getLogger(__name__)

EXPORT_LOG_ACTION = "newsletter.export"
WHOLE_LIST_ID = 0


def do_record_subscriber_export(
    *,
    acting_user: Any,
    file_format: str,
    filters: Mapping[str, str],
    include_addresses: bool,
    row_count: int,
) -> Any:
    """Write the audit-log entry of one export (before its file is sent: an export that was
    started is recorded even if the download is interrupted). Returns the log entry."""
    entry = log(
        instance=Subscriber(pk=WHOLE_LIST_ID),
        action=EXPORT_LOG_ACTION,
        user=acting_user,
        title=str(Subscriber._meta.verbose_name_plural).capitalize(),
        data={
            "format": file_format,
            "filters": dict(filters),
            "addresses": include_addresses,
            "rows": row_count,
        },
    )
    logger.info(
        "newsletter subscriber export by user %s (%s, %s, addresses: %s, %d rows)",
        getattr(acting_user, "pk", None),
        file_format,
        dict(filters) or "all",
        include_addresses,
        row_count,
    )
    return entry
