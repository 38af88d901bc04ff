from __future__ import annotations

from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from sitrep.core.generation import GenerationMemo

from ..forms import language_choices, topic_choices

register = template.Library()


def _signup_form(key: tuple[str, str | None, str]) -> SafeString:
    language, active_language, signup_id = key
    with translation.override(active_language):
        html = render_to_string(
            "newsletter/signup_form.html",
            {
                "LANGUAGE_CODE": language,
                "signup_id": signup_id,
                "signup_language": language,
                "signup_languages": language_choices(),
                "signup_topics": topic_choices(language),
                "signup_email": "",
                "signup_selected_topics": [],
                "form": None,
            },
        )
    return mark_safe(html)


# The empty form is the same on every page of a language (it carries nothing per visitor, see
# docs/performance.md) until the topics change: rendered once per content generation.
_signup_forms = GenerationMemo(_signup_form, max_entries=32)


@register.simple_tag(takes_context=True)
def newsletter_signup(context, signup_id: str = "main") -> SafeString:
    """The signup form (home page and under every article). Usage:
    {% load newsletter_tags %}{% newsletter_signup "article" %}

    At most one query (the topics of the page's language), and none while they are kept."""
    language = context.get("LANGUAGE_CODE") or translation.get_language()
    return _signup_forms.get((language, translation.get_language(), signup_id))
