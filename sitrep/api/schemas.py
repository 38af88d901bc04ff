"""The API's typed values: django-ninja builds the OpenAPI document from these."""

from __future__ import annotations

import datetime
from enum import StrEnum

from ninja import Schema
from pydantic import Field


class Language(StrEnum):
    en = "en"
    be = "be"
    ru = "ru"


class SearchLanguage(StrEnum):
    en = "en"
    be = "be"
    ru = "ru"
    all = "all"


class TrendValue(StrEnum):
    improved = "improved"
    unchanged = "unchanged"
    worsened = "worsened"
    mixed = "mixed"


class FieldError(Schema):
    param: str = Field(description="Where the bad value was, e.g. `query.page`.")
    message: str


class Error(Schema):
    detail: str = Field(description="What went wrong, in English.")
    errors: list[FieldError] = Field(default_factory=list)


class Edition(Schema):
    """Another language's edition of the same issue or article."""

    language: Language
    url: str
    api_url: str


class TopicRef(Schema):
    slug: str
    name: str


class TopicOut(Schema):
    id: int
    slug: str = Field(description="The same in every language.")
    language: Language
    name: str
    description: str
    url: str


class AuthorRef(Schema):
    id: int
    name: str


class AuthorOut(Schema):
    id: int
    language: Language
    name: str
    bio: str


class ImageOut(Schema):
    url: str = Field(description="The original image file.")
    width: int
    height: int
    alt: str
    caption: str
    credit: str


class IssueRef(Schema):
    week: datetime.date
    url: str
    api_url: str


class ArticleSummary(Schema):
    id: int
    language: Language
    title: str
    lead: str
    url: str = Field(description="The article's page on the site.")
    api_url: str
    week: datetime.date = Field(description="The Monday of the article's issue.")
    topic: TopicRef
    trend: TrendValue
    trend_sentence: str = Field(description="The trend in words, in the article's language.")
    authors: list[AuthorRef]
    image: ImageOut | None
    first_published_at: datetime.datetime | None
    last_published_at: datetime.datetime | None


class ArticleDetail(ArticleSummary):
    body_html: str = Field(description="The body as sanitised HTML (relative image URLs).")
    body_text: str = Field(description="The body as plain text, one paragraph a line.")
    issue: IssueRef
    translations: list[Edition]


class SearchHit(ArticleSummary):
    title_html: str = Field(description="The title, matching words in <mark> (escaped HTML).")
    snippet_html: str = Field(description="Words of the lead around the first match, marked.")


class IssueSummary(Schema):
    week: datetime.date = Field(description="The Monday that starts the week.")
    week_end: datetime.date
    language: Language
    title: str
    summary: str
    url: str
    api_url: str


class IssueDetail(IssueSummary):
    articles: list[ArticleSummary]
    translations: list[Edition]


class PageOf(Schema):
    count: int = Field(description="Items in all pages.")
    page: int
    page_size: int
    pages: int
    next: str | None = Field(description="The next page's URL, none on the last page.")
    previous: str | None


class IssueList(PageOf):
    results: list[IssueSummary]


class ArticleList(PageOf):
    results: list[ArticleSummary]


class TopicList(PageOf):
    results: list[TopicOut]


class AuthorList(PageOf):
    results: list[AuthorOut]


class SearchResults(PageOf):
    query: str
    results: list[SearchHit]
