"""Forms of the subscriber pages. Validation itself lives in validation.py (pure, shared with the
actions); these forms only carry values and errors between the request and the templates."""

from __future__ import annotations

from collections.abc import Collection

from django import forms
from django.core.exceptions import ValidationError

from sitrep.core.generation import GenerationMemo

from .validation import clean_email, clean_language, clean_topics, language_choices


def _topic_choices(language: str) -> list[tuple[str, str]]:
    from sitrep.publishing.models import Topic

    return list(
        Topic.objects.filter(locale__language_code=language)
        .order_by("sort_order", "name")
        .values_list("slug", "name")
    )


_topic_choices_memo = GenerationMemo(_topic_choices, max_entries=16)


def topic_choices(language: str) -> list[tuple[str, str]]:
    """(slug, name) of the topics in `language`, in editorial order. Read once per content
    generation: the signup form is on every article, and one query per page view for a list
    that changes a few times a year is waste; a new or renamed topic (a content change) shows
    on the next render. A copy: the caller may change it."""
    return list(_topic_choices_memo.get(language))


class _TopicsMixin:
    known_topics: Collection[str]

    def clean_topics(self) -> list[str]:
        return clean_topics(self.data.getlist("topics"), self.known_topics)  # type: ignore[attr-defined]


class SubscribeForm(_TopicsMixin, forms.Form):
    # strip=False: surrounding CR/LF must be refused, not silently removed (validation.py).
    email = forms.CharField(strip=False)
    language = forms.CharField(strip=False)
    topics = forms.Field(required=False)
    # The honeypot: invisible to people, filled in by naive bots.
    website = forms.CharField(required=False, strip=False)

    def __init__(self, *args, known_topics: Collection[str] = (), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.known_topics = known_topics

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get("website"))

    def clean_email(self) -> str:
        return clean_email(self.cleaned_data["email"])

    def clean_language(self) -> str:
        return clean_language(self.cleaned_data["language"])

    def selected_topics(self) -> list[str]:
        return self.data.getlist("topics") if self.is_bound else []  # type: ignore[attr-defined]


class PreferencesForm(_TopicsMixin, forms.Form):
    language = forms.CharField(strip=False)
    topics = forms.Field(required=False)

    def __init__(self, *args, known_topics: Collection[str] = (), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.known_topics = known_topics

    def clean_language(self) -> str:
        return clean_language(self.cleaned_data["language"])


__all__ = [
    "PreferencesForm",
    "SubscribeForm",
    "ValidationError",
    "language_choices",
    "topic_choices",
]
