from __future__ import annotations

from django import template
from django.utils import translation

from ..forms import language_choices, topic_choices

register = template.Library()


@register.inclusion_tag("newsletter/signup_form.html", takes_context=True)
def newsletter_signup(context, signup_id: str = "main"):
    """The signup form (home page and under every article). Usage:
    {% load newsletter_tags %}{% newsletter_signup "article" %}

    At most one query (the topics of the page's language), and none while they are cached."""
    language = context.get("LANGUAGE_CODE") or translation.get_language()
    return {
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "LANGUAGE_CODE": language,
        "signup_id": signup_id,
        "signup_language": language,
        "signup_languages": language_choices(),
        "signup_topics": topic_choices(language),
        "signup_email": "",
        "signup_selected_topics": [],
        "form": None,
    }
