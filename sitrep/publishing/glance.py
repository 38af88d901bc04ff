"""The dashboard's "This week at a glance" panel and the explorer's translation column
(docs/weekly-cycle.md). The states come from week_status.py; here they get words and links."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column

from .models import ArticlePage
from .trends import Trend
from .week_status import Entry, article_entries, article_facts, current_issue, week_glance

ARTICLE_LABELS = {
    "missing": _("article missing"),
    "draft": _("draft"),
    "in_review": _("in review"),
    "approved": _("approved"),
    "published": _("published"),
}
TRANSLATION_LABELS = {
    "missing": _("translation missing"),
    "in_progress": _("translation in progress"),
    "up_to_date": _("translation up to date"),
    "out_of_date": _("translation out of date"),
}


def article_link(entry: Entry, issue_id: int | None) -> str:
    """Where to act on the article: publish its issue when it only waits for the issue, else
    its editor."""
    if entry.state == "approved" and issue_id is not None:
        return reverse("publishing_admin:publish_issue", args=[issue_id])
    return reverse("wagtailadmin_pages:edit", args=[entry.page_id])


def translation_link(entry: Entry) -> str:
    info = entry.translation
    if info is None:  # the source language itself
        return reverse("wagtailadmin_pages:edit", args=[entry.page_id])
    if info.state == "missing":
        return reverse("wagtail_localize:submit_page_translation", args=[entry.source_page_id])
    if info.state == "out_of_date" and info.source_id is not None:
        return reverse("wagtail_localize:update_translations", args=[info.source_id])
    return reverse("wagtailadmin_pages:edit", args=[entry.page_id])


def describe(entry: Entry, issue_id: int | None) -> dict:
    translation = None
    if entry.translation is not None:
        label = str(TRANSLATION_LABELS[entry.translation.state])
        if entry.translation.percent is not None:
            label = f"{label}, {entry.translation.percent} %"
        translation = {
            "state": entry.translation.state,
            "label": label,
            "url": translation_link(entry),
        }
    return {
        "state": entry.state,
        "label": ARTICLE_LABELS[entry.state],
        "title": entry.title,
        "url": article_link(entry, issue_id) if entry.page_id else "",
        "translation": translation,
    }


class WeekGlancePanel(Component):
    name = "week_glance"
    template_name = "publishing/admin/week_glance.html"
    order = 50  # above Wagtail's own panels: what an editor checks before publishing

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        issue = current_issue()
        context["issue"] = issue
        context["start_week_url"] = reverse("publishing_admin:start_week")
        if issue is None:
            return context
        glance = week_glance(issue)
        rows = []
        for row in glance.rows:
            cells = []
            for cell in row.cells:
                edition = glance.issue_editions.get(cell.language)
                issue_id = edition["pk"] if edition else None
                entries = []
                for entry in cell.entries:
                    described = describe(entry, issue_id)
                    trend = glance.trends.get(entry.page_id, "")
                    described["trend"] = trend
                    described["trend_label"] = str(Trend(trend).label) if trend else ""
                    entries.append(described)
                cells.append({"language": cell.language, "entries": entries})
            rows.append({"topic": row.topic, "cells": cells})
        context.update(
            {
                "languages": glance.languages,
                "rows": rows,
                "add_article_url": reverse(
                    "wagtailadmin_pages:add", args=["publishing", "articlepage", issue.pk]
                ),
                "publish_url": reverse("publishing_admin:publish_issue", args=[issue.pk]),
            }
        )
        return context


class TranslationStatesColumn(Column):
    """Each article's state in every language, in the explorer's listing of an issue. The
    states of all the listed articles are read at once, on the first row."""

    cell_template_name = "publishing/admin/translation_states_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        table = parent_context.get("table")
        states = getattr(table, "_sitrep_translation_states", None)
        if states is None:
            states = translation_states_of([row.pk for row in table.data]) if table else {}
            if table is not None:
                table._sitrep_translation_states = states
        context["entries"] = states.get(instance.pk, [])
        return context


def translation_states_of(page_ids: list[int]) -> dict[int, list[dict]]:
    """For each article among `page_ids`, its state in every language; a constant number of
    queries however many rows."""
    keys = ArticlePage.objects.filter(pk__in=page_ids).values("translation_key")
    facts = article_facts(ArticlePage.objects.filter(translation_key__in=keys))
    names = dict(settings.LANGUAGES)
    entries = article_entries(facts, list(names))
    result: dict[int, list[dict]] = {}
    for fact in facts:
        if fact.pk not in page_ids:
            continue
        result[fact.pk] = [
            {
                "language": entry.language,
                "language_name": names[entry.language],
                **describe(entry, None),
            }  # fmt: skip
            for entry in entries[fact.translation_key]
            if entry.language != fact.language
        ]
    return result


def install_explorer_column() -> None:
    """Add the translation column to the explorer when it lists an issue's articles. Wagtail 8
    has no hook for explorer columns (only for buttons and the queryset), so the view's column
    list is extended here, as admin_account.py swaps a form."""
    from django.utils.functional import cached_property
    from wagtail.admin.views.pages.listing import ExplorableIndexView

    from .models import IssuePage

    original = ExplorableIndexView.__dict__["explorable_columns"].func
    if getattr(original, "sitrep_translation_column", False):
        return  # installed already

    def explorable_columns(self):
        columns = original(self)
        if isinstance(getattr(self, "parent_page", None), IssuePage):
            column = TranslationStatesColumn("translations", label=_("Languages"), width="22%")
            columns.insert(max(len(columns) - 1, 0), column)
        return columns

    explorable_columns.sitrep_translation_column = True  # type: ignore[attr-defined]
    prop = cached_property(explorable_columns)
    prop.__set_name__(ExplorableIndexView, "explorable_columns")
    ExplorableIndexView.explorable_columns = prop
