"""Close wagtail-localize's ways around page publishing permissions. See docs/editorial.md,
"No path to publishing".

wagtail-localize 1.14 checks less than Wagtail does in three views:
- "Convert to alias" asks only for edit permission, but an alias mirrors its source's live state:
  converting a draft Belarusian article into an alias of the live English one publishes it.
  Wagtail's own copy form lets only users who can publish create aliases; so do we.
- "Sync translated pages" with "Publish immediately" publishes every translation with only the
  `submit_translation` permission. Publishing needs publish permission on each translated page.
- "Translate" on a snippet saves the new translation live (snippets have no drafts here), so it
  needs permission to add that snippet.

The views are replaced in their modules (wagtail-localize builds its admin URLs from them when
the URLconf loads, after `ready()`), as sitrep/publishing/translation_creator.py does.
"""

from __future__ import annotations

from functools import wraps
from typing import Any

from django.contrib.auth import get_permission_codename
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.views import convert, submit_translations, update_translations


def guard_convert_to_alias(view: Any) -> Any:
    @wraps(view)
    def guarded(request: HttpRequest, page_id: int, *args: Any, **kwargs: Any) -> HttpResponse:
        page = get_object_or_404(Page, id=page_id)
        if not page.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
        return view(request, page_id, *args, **kwargs)

    guarded._sitrep_guarded = True  # type: ignore[attr-defined]
    return guarded


def can_publish_translation_targets(user: Any, source: Any) -> bool:
    """Whether `user` may publish every enabled translation of `source` (a TranslationSource)."""
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist:
            # The sync would create it live: a page only a superuser may publish unseen, a
            # snippet anyone who may add one.
            model = source.specific_content_type.model_class()
            if issubclass(model, Page):
                if not user.is_superuser:
                    return False
                continue
            codename = get_permission_codename("add", model._meta)
            if not user.has_perm(f"{model._meta.app_label}.{codename}"):
                return False
            continue
        if isinstance(target, Page):
            if not target.permissions_for_user(user).can_publish():
                return False
        elif target is not None:
            model = type(target)
            action = "publish" if isinstance(target, DraftStateMixin) else "change"
            codename = get_permission_codename(action, model._meta)
            if not user.has_perm(f"{model._meta.app_label}.{codename}"):
                return False
    return True


class GuardedUpdateTranslationsView(update_translations.UpdateTranslationsView):
    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.POST.get("publish_translations") and not can_publish_translation_targets(
            request.user, self.object
        ):
            raise PermissionDenied
        return super().post(request, *args, **kwargs)


class GuardedSubmitSnippetTranslationView(submit_translations.SubmitSnippetTranslationView):
    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        model = get_snippet_model_from_url_params(
            self.kwargs["app_label"], self.kwargs["model_name"]
        )
        codename = get_permission_codename("add", model._meta)
        if not request.user.has_perm(f"{model._meta.app_label}.{codename}"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def install() -> None:
    if not getattr(convert.convert_to_alias, "_sitrep_guarded", False):
        convert.convert_to_alias = guard_convert_to_alias(convert.convert_to_alias)
    update_translations.UpdateTranslationsView = GuardedUpdateTranslationsView
    submit_translations.SubmitSnippetTranslationView = GuardedSubmitSnippetTranslationView
