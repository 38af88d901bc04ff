"""The weekly cycle's two big steps in the admin: "Publish this issue" and "Start next week".
See docs/weekly-cycle.md.

An article is *approved* when a person with the right to publish let it out: its workflow was
approved (Wagtail publishes the approved revision, so the article is live, yet hidden while its
issue is a draft), or it is live with no workflow pending, or its approved revision waits for a
time of its own. Publishing an issue therefore makes its approved articles readable, publishes
those still waiting for their own time together with the issue, and touches nothing else:
drafts and articles in review are listed and left as they are (publishing them would also
cancel their review: WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH).
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale, Page, Revision

from sitrep.core.dates import week_start_for

from .models import ArticlePage, IssueIndexPage, IssuePage
from .week_status import article_facts, article_states

logger = logging.getLogger("sitrep.publishing.issues")

PUBLISH_LOG_ACTION = "sitrep.publish_issue"
START_WEEK_LOG_ACTION = "sitrep.start_week"


class IssueActionError(Exception):
    """The requested step does not fit the issue's state (message is for editors)."""


# ---------------------------------------------------------------------------------------------
# Publish this issue


@dataclass
class ArticleInPlan:
    page_id: int
    title: str
    language: str
    state: str  # week_status.ARTICLE_STATES
    # Live, but changes newer than the live version wait in review: the live version goes out.
    changes_in_review: bool = False

    @property
    def included(self) -> bool:
        return self.state in ("approved", "published") or self.changes_in_review


@dataclass
class PublishPlan:
    issue: IssuePage  # the edition the action was started from
    editions: dict[str, IssuePage]  # language -> the issue in that language, chosen ones only
    missing_languages: list[str]
    articles: list[ArticleInPlan] = field(default_factory=list)

    @property
    def included(self) -> list[ArticleInPlan]:
        return [a for a in self.articles if a.included]

    @property
    def left_out(self) -> list[ArticleInPlan]:
        return [a for a in self.articles if not a.included]

    @property
    def source_edition(self) -> IssuePage | None:
        return self.editions.get(settings.LANGUAGE_CODE)


def issue_editions(issue: IssuePage) -> dict[str, IssuePage]:
    """The issue in every language it exists in, keyed by language code."""
    return {
        edition.locale.language_code: edition
        for edition in IssuePage.objects.filter(translation_key=issue.translation_key)
        .select_related("locale")
        .order_by("locale__language_code")
    }


def plan_issue_publication(issue: IssuePage, languages: Sequence[str]) -> PublishPlan:
    """What publishing `issue` in `languages` would do: which editions, which articles go out
    and which are left out. Read-only; a constant number of queries."""
    editions = issue_editions(issue)
    chosen = {code: editions[code] for code in languages if code in editions}
    plan = PublishPlan(
        issue=issue,
        editions=chosen,
        missing_languages=[code for code in languages if code not in editions],
    )
    facts = article_facts(
        ArticlePage.objects.filter(issue_week_id__in=[e.pk for e in chosen.values()]).order_by(
            "locale__language_code", "path"
        )
    )
    states = article_states(facts)
    # A live article with changes in review shows as "in review"; its live version still goes
    # out with the issue (it was approved when it was published).
    for fact in facts:
        state = states[fact.pk]
        plan.articles.append(
            ArticleInPlan(
                page_id=fact.pk,
                title=fact.title,
                language=fact.language,
                state=state,
                changes_in_review=state == "in_review" and fact.live,
            )
        )
    return plan


def _publish_at(page: Page, revision: Revision | None, when: datetime.datetime | None, user):
    """Publish `revision` of `page` now (`when` None) or schedule it for `when`, the way an
    editor does it in the page editor: a revision carrying that go-live time, then Wagtail's
    publish (which schedules a future time itself)."""
    page = page.specific
    if revision is None:
        revision = page.save_revision(user=user, log_action=True)
    instance = revision.as_object()
    if instance.go_live_at != when:
        instance.go_live_at = when
        revision = instance.save_revision(user=user, log_action=False, changed=False, clean=False)
    revision.publish(user=user, log_action=True)


@dataclass
class PublishResult:
    plan: PublishPlan
    go_live_at: datetime.datetime | None
    published_languages: list[str]
    articles_published: list[int]
    newsletter: str = ""  # "", "started", "scheduled", or a CampaignError message
    campaign_id: int | None = None


def do_publish_issue(
    issue: IssuePage,
    *,
    languages: Sequence[str],
    go_live_at: datetime.datetime | None = None,
    start_newsletter: bool = False,
    acting_user=None,
) -> PublishResult:
    """Publish the issue in `languages` with its approved articles, now or at `go_live_at`,
    in one transaction; then, if asked, start the newsletter once the issue is live (now:
    right after the commit; scheduled: a task at `go_live_at` that publishes what is due first,
    see scheduling.py). Drafts and articles in review are left as they are.

    Raises IssueActionError when nothing can be published or the newsletter cannot follow."""
    now = timezone.now()
    if go_live_at is not None and go_live_at <= now:
        go_live_at = None
    plan = plan_issue_publication(issue, languages)
    if not plan.editions:
        raise IssueActionError(_("This issue does not exist in the chosen languages."))
    source = issue_editions(issue).get(settings.LANGUAGE_CODE)
    if start_newsletter:
        if source is None:
            raise IssueActionError(
                _("This issue has no version in the main language; newsletters are sent from it.")
            )
        if settings.LANGUAGE_CODE not in plan.editions and not source.live:
            raise IssueActionError(
                _("The newsletter is sent from the issue in the main language: publish it too.")
            )
    waiting = {a.page_id for a in plan.included if a.state == "approved"}
    scheduled_articles = list(
        ArticlePage.objects.filter(pk__in=waiting, live=False).order_by("path")
    )
    with transaction.atomic():
        for article in scheduled_articles:
            # Approved for a time of its own: it goes out with the issue instead.
            revision = article.scheduled_revision
            if revision is not None:
                _publish_at(article, revision, go_live_at, acting_user)
        for edition in plan.editions.values():
            _publish_at(edition, edition.get_latest_revision(), go_live_at, acting_user)
        log(
            instance=issue,
            action=PUBLISH_LOG_ACTION,
            user=acting_user,
            data={
                "languages": sorted(plan.editions),
                "go_live_at": go_live_at.isoformat() if go_live_at else None,
                "newsletter": bool(start_newsletter),
                "left_out": [a.page_id for a in plan.left_out],
            },
        )
        if start_newsletter and go_live_at is not None:
            from .scheduling import enqueue_newsletter_after_publish

            assert source is not None  # checked above
            enqueue_newsletter_after_publish(source.pk, go_live_at, acting_user)
    result = PublishResult(
        plan=plan,
        go_live_at=go_live_at,
        published_languages=sorted(plan.editions),
        articles_published=[a.pk for a in scheduled_articles],
    )
    logger.info(
        "issue %s %s in %s by user %s; %d articles left out",
        issue.pk,
        f"scheduled for {go_live_at.isoformat()}" if go_live_at else "published",
        ",".join(result.published_languages),
        getattr(acting_user, "pk", None),
        len(plan.left_out),
    )
    if start_newsletter:
        if go_live_at is not None:
            result.newsletter = "scheduled"
        else:
            assert source is not None  # checked above
            result.newsletter, result.campaign_id = start_issue_newsletter(source.pk, acting_user)
    return result


def start_issue_newsletter(issue_id: int, acting_user=None) -> tuple[str, int | None]:
    """Start the campaign of the issue `issue_id` if it is live. Returns ("started", campaign
    id) or (the reason it did not start, None). Uses the newsletter's own action."""
    from sitrep.newsletter.actions.campaigns import CampaignError, do_start_campaign

    issue = IssuePage.objects.filter(pk=issue_id).first()
    if issue is None or not issue.live:
        return _("The issue is not live: the newsletter was not started."), None
    try:
        campaign = do_start_campaign(issue, acting_user=acting_user)
    except CampaignError as exc:
        return str(exc), None
    return "started", campaign.pk


# ---------------------------------------------------------------------------------------------
# Start next week


def next_week_after(issue: IssuePage | None, today: datetime.date | None = None) -> datetime.date:
    """The Monday after `issue`'s week; with no issue, the Monday of this week."""
    if issue is None:
        return week_start_for(today or timezone.localdate())
    return issue.week_start + datetime.timedelta(weeks=1)


def dashboard_next_week(today: datetime.date | None = None) -> datetime.date:
    """The week "Start next week" on the dashboard creates: the one after the newest published
    issue (after the newest issue at all when none is published). Stays the same after the
    click, so a second click finds the week already started."""
    issues = IssuePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    newest = issues.live().order_by("-week_start").first() or issues.order_by("-week_start").first()
    return next_week_after(newest, today)


@dataclass
class StartWeekResult:
    week_start: datetime.date
    issues: dict[str, IssuePage]  # language -> the week's issue, new or existing
    created: list[str]  # languages in which it was created now

    @property
    def source(self) -> IssuePage:
        return self.issues[settings.LANGUAGE_CODE]


@transaction.atomic
def do_start_week(week_start: datetime.date, *, acting_user=None) -> StartWeekResult:
    """Create the issue of `week_start` (a Monday) in every language as drafts, titled with the
    localized week (IssuePage.save). Idempotent: languages where it exists are left alone, so
    a second click creates nothing (`created` is empty)."""
    if week_start.weekday() != 0:
        raise IssueActionError(_("An issue's week must start on a Monday."))
    main = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    # One start at a time: two editors clicking together must not make two issues of a week.
    index = IssueIndexPage.objects.select_for_update().filter(locale=main).order_by("path").first()
    if index is None:
        raise IssueActionError(_("There is no issue archive to add the week to."))
    created = []
    source = IssuePage.objects.filter(locale=main, week_start=week_start).first()
    if source is None:
        source = IssuePage(week_start=week_start, locale=main, live=False)
        index.add_child(instance=source)
        source.save_revision(user=acting_user, log_action=False)
        log(instance=source, action="wagtail.create", user=acting_user)
        created.append(main.language_code)
    issues = {main.language_code: source}
    for code, _name in settings.LANGUAGES:
        if code == main.language_code:
            continue
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            continue
        existing = source.get_translation_or_none(locale)
        if existing is None:
            existing = IssuePage.objects.filter(locale=locale, week_start=week_start).first()
        if existing is None:
            if index.get_translation_or_none(locale) is None:
                continue  # that language has no archive to hold it
            # A plain copy, as the site structure's pages: the issue has little to translate
            # (its summary), and its title is made from the week in each language.
            existing = source.copy_for_translation(locale).specific
            if existing.latest_revision_id is None:
                existing.save_revision(user=acting_user, log_action=False)
            created.append(code)
        issues[code] = existing.specific
    if created:
        log(
            instance=source,
            action=START_WEEK_LOG_ACTION,
            user=acting_user,
            data={"week_start": week_start.isoformat(), "languages": created},
        )
        logger.info(
            "week %s started in %s by user %s",
            week_start.isoformat(),
            ",".join(created),
            getattr(acting_user, "pk", None),
        )
    return StartWeekResult(week_start, issues, created)
