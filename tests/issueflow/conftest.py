"""A week in the middle of its cycle, with every article and translation state (issue 11)."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import translation
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from sitrep.publishing.models import ArticlePage
from tests import factories as f

WEEK = datetime.date(2023, 10, 16)
PREVIOUS = datetime.date(2023, 10, 9)


@pytest.fixture(autouse=True)
def english_by_default():
    with translation.override("en"):
        yield


@pytest.fixture
def chief(django_user_model, site_structure):
    return django_user_model.objects.create_superuser("chief", "chief@example.org", "x" * 12)


@pytest.fixture
def admin(chief) -> Client:
    client = Client()
    client.force_login(chief)
    return client


@pytest.fixture
def deferred_tasks(settings):
    """Tasks are recorded, not run (the dummy backend can defer, the immediate one cannot)."""
    from django_tasks import task_backends

    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.dummy.DummyBackend",
            "QUEUES": ["default", "newsletter"],
        }
    }
    backend = task_backends["default"]
    backend.clear()
    return backend


def moderation_workflow() -> Workflow:
    """Wagtail's default "Moderators approval" workflow on the whole tree (its migration makes
    one; a flushed test database may not have it)."""
    root = Page.get_first_root_node()
    link = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
    if link is not None:
        return link.workflow
    workflow = Workflow.objects.create(name="Moderators approval")
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.set(Group.objects.filter(name="Moderators"))
    workflow.workflow_tasks.create(task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=root)
    return workflow


def submit_for_review(page, user) -> None:
    page = ArticlePage.objects.get(pk=page.pk)
    if page.latest_revision_id is None:
        page.save_revision(user=user)
    # The page's own workflow (the editorial review on the issue archives), else Wagtail's
    # default one.
    (page.get_workflow() or moderation_workflow()).start(page, user)


def approve(page, user) -> None:
    """The editor approves the only task: Wagtail publishes the approved revision."""
    page = ArticlePage.objects.get(pk=page.pk)
    state = page.current_workflow_state
    state.current_task_state.approve(user=user)


def localize(article, code: str, *, share: float) -> Translation:
    """A wagtail-localize translation of `article` into `code` with `share` of its strings
    translated, its page saved as a draft."""
    source, _ = TranslationSource.get_or_create_from_instance(article)
    target = f.locale(code)
    segments = list(source.stringsegment_set.select_related("string", "context").order_by("pk"))
    for segment in segments[: round(len(segments) * share)]:
        StringTranslation.objects.create(
            translation_of=segment.string,
            context=segment.context,
            locale=target,
            data=f"[{code}] {segment.string.data}",
        )
    translation_ = Translation.objects.create(source=source, target_locale=target)
    translation_.save_target(publish=False)
    return translation_


def build_week(chief, *, extra_weeks: int = 0) -> SimpleNamespace:
    """The week of WEEK: the English issue a draft, the Belarusian one live, the Russian one a
    draft. Economy: approved in English, published in Belarusian (a plain copy, up to date),
    a Russian draft fully translated with wagtail-localize. Security: an English draft, no
    Belarusian, Russian half translated. Society: in review in English, its Belarusian
    translation complete but out of date since the source changed. Foreign policy: nothing."""
    topics = f.make_topics()
    topics["foreign"] = f.make_topic(
        "foreign", {"en": "Foreign policy", "be": "Знешняя палітыка", "ru": "Внешняя политика"},
        sort_order=9,
    )  # fmt: skip
    if extra_weeks:
        f.build_archive(extra_weeks, topics={"economy": topics["economy"]},
                        first_week=WEEK - datetime.timedelta(weeks=extra_weeks),
                        translate=("be",))  # fmt: skip
    issue = f.make_issue(WEEK, live=False)
    be_issue = f.translate_issue(issue, "be", live=True)
    ru_issue = f.translate_issue(issue, "ru", live=False)
    economy = f.make_article(issue, title="Prices", slug="prices", topic=topics["economy"]["en"],
                             trend="worsened", live=False)  # fmt: skip
    submit_for_review(economy, chief)
    approve(economy, chief)
    economy_be = f.translate_article(ArticlePage.objects.get(pk=economy.pk), "be", title="Цэны")
    economy_ru = localize(ArticlePage.objects.get(pk=economy.pk), "ru", share=1.0)
    security = f.make_article(
        issue,
        title="Border",
        slug="border",
        topic=topics["security"]["en"],
        trend="improved",
        live=False,
    )
    security_ru = localize(security, "ru", share=0.5)
    society = f.make_article(
        issue,
        title="Schools",
        slug="schools",
        topic=topics["society"]["en"],
        trend="mixed",
        live=False,
    )
    society_be = localize(society, "be", share=1.0)
    # The source changes after its strings were taken: the translation is out of date.
    society = ArticlePage.objects.get(pk=society.pk)
    society.lead = "A new lead, written after the translation started."
    society.save_revision(user=chief)
    submit_for_review(society, chief)
    return SimpleNamespace(
        topics=topics, issue=issue, be_issue=be_issue, ru_issue=ru_issue,
        economy=ArticlePage.objects.get(pk=economy.pk), economy_be=economy_be,
        economy_ru=economy_ru, security=security, security_ru=security_ru,
        society=society, society_be=society_be,
    )  # fmt: skip


@pytest.fixture
def week(chief):
    f.make_issue(PREVIOUS)  # last week, published
    return build_week(chief)
