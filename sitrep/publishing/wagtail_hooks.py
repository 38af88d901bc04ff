from __future__ import annotations

from django.urls import include, path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.widgets.button import ButtonWithDropdownFromHook
from wagtail.snippets.models import register_snippet

from . import admin_views
from .glance import WeekGlancePanel
from .issue_actions import PUBLISH_LOG_ACTION, START_WEEK_LOG_ACTION
from .models import ArticlePage, Author, IssuePage, Topic
from .panels import unpublished_issue_of

register_snippet(Topic)
register_snippet(Author)


@hooks.register("after_publish_page")
def say_when_readers_see_an_article(request, page) -> None:
    """Wagtail reports "published"; an article of an unpublished issue still waits for it."""
    if not isinstance(page.specific, ArticlePage):
        return
    issue = unpublished_issue_of(page)
    if issue is None:
        return
    messages.warning(
        request,
        _(
            "Article “%(title)s” is published, but readers cannot see it yet: it goes live "
            "with its issue “%(issue)s” once the issue is published."
        )
        % {"title": page.get_admin_display_title(), "issue": issue.title},
        buttons=[
            messages.button(
                reverse("wagtailadmin_pages:edit", args=[issue.pk]), _("Edit the issue")
            )
        ],
    )


# ---------------------------------------------------------------------------------------------
# The weekly cycle (docs/weekly-cycle.md)


@hooks.register("register_admin_urls")
def register_issue_admin_urls():
    return [path("issues/", include((admin_views.urlpatterns, "publishing_admin")))]


def start_week_url(issue=None) -> str:
    url = reverse("publishing_admin:start_week")
    return f"{url}?{urlencode({'after': issue.pk})}" if issue is not None else url


class PublishIssueMenuItem(PageMenuItem):
    label = gettext_lazy("Publish this issue")
    icon_name = "upload"

    @property
    def url(self):
        return reverse("publishing_admin:publish_issue", args=[self.page.pk])

    def is_shown(self, user) -> bool:
        return self.page.permissions_for_user(user).can_publish()


class StartWeekMenuItem(PageMenuItem):
    label = gettext_lazy("Start next week")
    icon_name = "date"

    @property
    def url(self):
        return start_week_url(self.page)

    def is_shown(self, user) -> bool:
        return self.page.get_parent().permissions_for_user(user).can_add_subpage()


def is_issue(page) -> bool:
    return page.specific_class is IssuePage


@hooks.register("register_page_header_buttons")
def issue_header_buttons(page, user, view_name, next_url=None):
    if is_issue(page):
        yield PublishIssueMenuItem(page=page, priority=5)
        yield StartWeekMenuItem(page=page, priority=31)


@hooks.register("register_page_listing_more_buttons")
def issue_listing_buttons(page, user, next_url=None):
    if is_issue(page):
        yield PublishIssueMenuItem(page=page, priority=3)
        yield StartWeekMenuItem(page=page, priority=21)


@hooks.register("construct_page_listing_buttons")
def no_copy_for_issues(buttons, page, user, context=None) -> None:
    """An issue is one week: a copy would be the same week twice (Wagtail's copy then fails on
    the week's slug). "Start next week" takes its place in the issue's menu."""
    if not is_issue(page):
        return
    copy_prefix = reverse("wagtailadmin_pages:copy", args=[page.pk])
    for button in buttons:
        if isinstance(button, ButtonWithDropdownFromHook):
            button.dropdown_buttons = [
                b for b in button.dropdown_buttons if not (b.url or "").startswith(copy_prefix)
            ]


@hooks.register("before_copy_page")
def copy_of_an_issue_starts_a_week(request, page):
    """The page header's "Copy" (which no hook can remove) leads to "Start next week"."""
    if is_issue(page):
        messages.info(
            request,
            _("Issues are not copied: each week has its own issue. Start the following week here."),
        )
        from django.shortcuts import redirect

        return redirect(start_week_url(page.specific))
    return None


@hooks.register("construct_homepage_panels")
def add_week_glance_panel(request, panels) -> None:
    panels.append(WeekGlancePanel())


@hooks.register("register_log_actions")
def register_issue_log_actions(actions) -> None:
    actions.register_action(
        PUBLISH_LOG_ACTION,
        gettext_lazy("Publish this issue"),
        gettext_lazy("Published the issue with its approved articles"),
    )
    actions.register_action(
        START_WEEK_LOG_ACTION,
        gettext_lazy("Start next week"),
        gettext_lazy("Started the week's issue in every language"),
    )
