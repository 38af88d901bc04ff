from __future__ import annotations

from django import template

register = template.Library()


@register.inclusion_tag("newsletter/signup_form.html", takes_context=True)
def newsletter_signup(context, signup_id: str = "main"):
    """The signup form (home page and under every article). Usage:
    {% load newsletter_tags %}{% newsletter_signup "article" %}"""
    return {
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
        "signup_id": signup_id,
    }
