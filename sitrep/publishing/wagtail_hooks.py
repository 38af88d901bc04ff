from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.snippets.models import register_snippet

from .models import ArticlePage, Author, Topic
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
