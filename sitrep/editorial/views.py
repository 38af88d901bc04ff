"""Admin views of the editorial workflow (docs/editorial.md, "Review")."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail_localize.models import Translation

from .actions import ReviewError, do_submit_translation_for_review


@require_POST
def submit_translation_for_review(request: HttpRequest, translation_id: int) -> HttpResponse:
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    try:
        page = do_submit_translation_for_review(translation, acting_user=request.user)
    except ReviewError as exc:
        messages.error(request, str(exc))
        page_id = translation.get_target_instance().pk
    else:
        messages.success(
            request,
            _("“%(title)s” in %(language)s is submitted for review.")
            % {
                "title": page.get_admin_display_title(),
                "language": translation.target_locale.get_display_name(),
            },
        )
        page_id = page.pk
    return HttpResponseRedirect(reverse("wagtailadmin_pages:edit", args=[page_id]))
