"""Which pages an export must render again since the last one (docs/mirror.md, "Updating").

Wagtail logs every change an editor makes (PageLogEntry, ModelLogEntry). When the only public
changes since the last export are new revisions of pages that were already in the mirror, the
export renders just what can show them: the pages themselves and their translations (the
language switch), every page that links to one of them (teasers show title, trend and lead),
every list, feed and data file (home, archive, topics, trend monitor, sitemap), and, for an
article of one of its topic's latest weeks, every article of that topic in its language
("Read more" lists the topic's latest weeks). Anything else — a page created, moved,
unpublished or deleted, a slug changed, a topic, author, image or setting edited — and every
change made outside the admin without a log entry when `--full` is given, renders everything.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from wagtail.models import ModelLogEntry, Page, PageLogEntry

from sitrep.publishing.models import ArticlePage

from .paths import output_file

# Log actions that change nothing a reader sees.
QUIET_ACTIONS = frozenset(
    {
        "wagtail.edit", "wagtail.create", "wagtail.lock", "wagtail.unlock", "wagtail.revert",
        "wagtail.publish.schedule", "wagtail.schedule.cancel", "wagtail.copy_for_translation",
        "wagtail_localize.submit_translation",
    }
)  # fmt: skip
QUIET_PREFIXES = ("wagtail.comments.", "wagtail.workflow.", "wagtail.moderation.")
PUBLISH_ACTIONS = frozenset({"wagtail.publish", "wagtail.publish.scheduled", "wagtail.rename"})
WEEK_PAGE = re.compile(r"^/[a-z]{2}(?:-[a-z]+)?/issues/\d{4}-\d{2}-\d{2}/")
# "Read more" shows the topic's latest other weeks: an article of one of these weeks may be in
# any same-topic article's list.
RECENT_WEEKS = 5


@dataclass
class Plan:
    full: bool
    reason: str = ""
    render: set[str] = field(default_factory=set)  # mirror files to render again


@dataclass
class Graph:
    urls: dict[str, tuple[str, str]]
    links: dict[str, set[str]]


def load_graph(path: Path) -> Graph | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text())
    return Graph(
        urls={name: (url[0], url[1]) for name, url in data["urls"].items()},
        links={name: set(targets) for name, targets in data["links"].items()},
    )


def _file_of(page: Page) -> str | None:
    parts = page.get_url_parts()
    if parts is None:
        return None
    return output_file(unquote(parts[2]))


def plan_update(exported_at: str | None, graph: Graph | None, static_prefixes) -> Plan:
    if not exported_at or graph is None:
        return Plan(True, "no earlier export")
    since = datetime.datetime.fromisoformat(exported_at)
    if ModelLogEntry.objects.filter(timestamp__gte=since).exists():
        return Plan(True, "a topic, author, image or setting changed")
    entries = list(
        PageLogEntry.objects.filter(timestamp__gte=since).values_list("action", "page_id")
    )
    published: set[int] = set()
    for action, page_id in entries:
        if action in PUBLISH_ACTIONS:
            published.add(page_id)
        elif action not in QUIET_ACTIONS and not action.startswith(QUIET_PREFIXES):
            return Plan(True, f"a page changed ({action})")
    changed: set[str] = set()
    articles: list[ArticlePage] = []
    for page in Page.objects.filter(pk__in=published).specific():
        if not page.live:
            return Plan(True, "a page is no longer live")
        name = _file_of(page)
        if name is None or name not in graph.urls:
            return Plan(True, "a page is new or moved")
        changed.add(name)
        for translation in page.get_translations().live():
            other = _file_of(translation.specific)
            if other in graph.urls:
                changed.add(other)
        if isinstance(page, ArticlePage):
            articles.append(page)
    render = set(changed)
    render.update(name for name, targets in graph.links.items() if targets & changed)
    render.update(
        name
        for name, (path, _query) in graph.urls.items()
        if not WEEK_PAGE.match(path) and not path.startswith(static_prefixes)
    )
    for article in articles:
        same_topic = ArticlePage.objects.published().filter(
            locale_id=article.locale_id, topic_id=article.topic_id
        )
        weeks = list(
            same_topic.order_by("-issue_week__week_start")
            .values_list("issue_week__week_start", flat=True)
            .distinct()[:RECENT_WEEKS]
        )
        if article.issue_week and article.issue_week.week_start in weeks:
            for page in same_topic.select_related("issue_week"):
                name = _file_of(page)
                if name in graph.urls:
                    render.add(name)
    return Plan(False, f"{len(published)} pages published again", render)
