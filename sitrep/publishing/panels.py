"""Admin panels of the publication's pages."""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.admin.panels import HelpPanel
from wagtail.models import Page


def unpublished_issue_of(article: Page, parent: Page | None = None) -> Page | None:
    """The article's issue if readers cannot see it yet, else None. `parent` is the page an
    article is being created under (it has no place in the tree yet)."""
    if article.pk and article.path:
        parent = article.get_parent()
    if parent is None or parent.live:
        return None
    return parent.specific


class IssueStatusPanel(HelpPanel):
    """Tells the editor of an article in an unpublished issue that readers see the article
    only once the issue is published: Wagtail's own status still says "Live" for it."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.issue = unpublished_issue_of(
                self.instance, getattr(self.form, "parent_page", None)
            )
            if self.issue is not None:
                self.content = format_html(
                    '<div class="help-block help-warning">'
                    '<svg class="icon icon-warning" aria-hidden="true">'
                    '<use href="#icon-warning"></use></svg>'
                    '<p>{}</p><p><a href="{}">{}</a></p></div>',
                    _(
                        "This week's issue is not published yet. Readers will see this article "
                        "once the issue “%(issue)s” is published, even if you publish the "
                        "article now."
                    )
                    % {"issue": self.issue.title},
                    reverse("wagtailadmin_pages:edit", args=[self.issue.pk]),
                    _("Edit the issue"),
                )

        def is_shown(self) -> bool:
            return self.issue is not None
