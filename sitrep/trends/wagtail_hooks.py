"""The dashboard panel of this week's coverage (sitrep/trends/coverage.py)."""

from __future__ import annotations

from django.conf import settings
from wagtail import hooks
from wagtail.admin.ui.components import Component

from .coverage import coverage_rows, newest_issue


class WeekCoveragePanel(Component):
    name = "week_coverage"
    template_name = "trends/admin/coverage_panel.html"
    order = 50  # above Wagtail's own panels: it is what an editor checks before publishing

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        issue = newest_issue()
        context.update(
            {
                "issue": issue,
                "rows": coverage_rows(issue) if issue else [],
                "languages": settings.LANGUAGES,
            }
        )
        return context


@hooks.register("construct_homepage_panels")
def add_week_coverage_panel(request, panels) -> None:
    panels.append(WeekCoveragePanel())
