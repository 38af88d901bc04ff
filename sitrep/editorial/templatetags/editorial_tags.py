from __future__ import annotations

from typing import Any

from django import template
from wagtail.models import Page

register = template.Library()


@register.inclusion_tag("editorial/translation_review.html", takes_context=True)
def translation_review(context: dict[str, Any], translation: Any, instance: Any) -> dict[str, Any]:
    """The "Submit for review" box above wagtail-localize's editor, for people who may edit the
    translated page but not publish it (translators)."""
    request = context["request"]
    shown = False
    data: dict[str, Any] = {"request": request, "translation": translation}
    if isinstance(instance, Page) and translation.enabled:
        perms = instance.permissions_for_user(request.user)
        shown = perms.can_edit() and not perms.can_publish() and instance.has_workflow
        if shown:
            total, done = translation.get_progress()
            workflow_state = instance.current_workflow_state
            data.update(
                {
                    "in_review": workflow_state is not None,
                    "requested_at": workflow_state.created_at if workflow_state else None,
                    "total": total,
                    "done": done,
                    "missing": total - done,
                    "percent": round(100 * done / total) if total else 100,
                }
            )
    data["shown"] = shown
    return data
