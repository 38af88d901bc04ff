"""The editorial workflow in the Wagtail admin: submitting a translation for review from
wagtail-localize's editor. See docs/editorial.md, "Review"."""

from __future__ import annotations

from typing import Any

from django.urls import path
from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def register_editorial_admin_urls() -> list[Any]:
    return [
        path(
            "editorial/translations/<int:translation_id>/submit/",
            views.submit_translation_for_review,
            name="editorial_submit_translation",
        )
    ]
