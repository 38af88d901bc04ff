"""The publication's content model: weekly issues of articles grouped by topic.

See docs/glossary.md for the words used here (issue, article, topic, trend).
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Cast
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.queryset import FakeQuerySet
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField

from sitrep.core.dates import week_end_for, week_label
from sitrep.core.generation import GenerationMemo, Row
from sitrep.core.prepared import PreparedQuery
from sitrep.search import transliterate

from . import routing
from .blocks import ArticleBodyBlock
from .editions import choose_editions, language_preference
from .listing import paginate
from .page_urls import PrefixedUrlMixin, page_url
from .pagination import page_request
from .panels import IssueStatusPanel
from .trends import Trend, trend_sentence

# Twelve weeks (about a quarter) of six headlines, or twelve teasers: a page a reader on a slow
# VPN gets quickly (20 weeks made the archive's first page 40 % heavier), and the same length
# from the 12th week of a publication on, so a page costs the same at 14 weeks as at 520.
ARCHIVE_PAGE_SIZE = 12
TOPIC_PAGE_SIZE = 12
HOME_PREVIOUS_ISSUES = 5
# The newest weeks searched first for an article's "Read more" of the same topic.
RELATED_RECENT_WEEKS = 12
# What a related-article teaser shows (title, week, trend, link). Loading only these keeps the
# queries small: Django's SQL compiler is slow with the full page rows of three joined tables.
TEASER_FIELDS = (
    "title", "slug", "url_path", "path", "depth", "locale_id", "live", "translation_key",
    "trend", "lead", "topic_id", "issue_week",
    "issue_week__week_start", "issue_week__url_path", "issue_week__path", "issue_week__depth",
    "issue_week__locale_id", "issue_week__live",
)  # fmt: skip


def children_of(queryset: models.QuerySet, parent: Page) -> models.QuerySet:
    """`queryset.child_of(parent)` as a range of the indexed `path`.

    Wagtail's `child_of` asks `path LIKE 'parent%'`, which SQLite answers by reading the whole
    page table (its LIKE is case-insensitive, the index is not): the archive and every URL
    lookup would grow with the archive (issue 10). A child's path is the parent's plus one
    step of the tree's alphabet.
    """
    return queryset.filter(path__range=child_path_range(parent), depth=parent.depth + 1)


def child_path_range(parent: Page) -> tuple[str, str]:
    """The lowest and highest `path` a child of `parent` can have."""
    step = parent.steplen
    return (parent.path + parent.alphabet[0] * step, parent.path + parent.alphabet[-1] * step)


class ServedPageMixin:
    """What Wagtail asks of every page it serves, answered without a query where it can."""

    def get_view_restrictions(self):
        return routing.view_restrictions(self)


class DirectChildRouteMixin(ServedPageMixin):
    """Route to a child with one query by asking the child model directly.

    Wagtail's `Page.route` fetches the child as a plain Page and then its specific object
    (two queries per URL segment); every level of the publication's tree allows exactly one
    child type, so one query is enough. `child_queryset()` may add `select_related`.
    """

    child_page_model: type[Page]

    def child_queryset(self):
        return children_of(self.child_page_model.objects.all(), self)

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        if not self.live:
            # An unpublished issue hides its articles too, whatever their own state.
            raise Http404
        child = self.find_child(path_components[0])
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])

    def find_child(self, slug: str):
        try:
            return self.child_queryset().get(slug=slug)
        except self.child_page_model.DoesNotExist as exc:
            raise Http404 from exc


class Topic(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("ASCII, the same in every language: /<lang>/topics/<slug>/"),
    )
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("sort_order")]

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self) -> str:
        return self.name

    def get_url(self) -> str:
        return f"/{self.locale.language_code}/topics/{self.slug}/"


class Author(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=120)
    bio = models.TextField(_("short bio"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("bio"), FieldPanel("photo")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self) -> str:
        return self.name


class HomePage(PrefixedUrlMixin, RoutablePageMixin, DirectChildRouteMixin, Page):
    """One per locale: this week's issue, earlier issues, the signup area, topic pages."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["publishing.IssueIndexPage"]
    max_count_per_parent = None

    class Meta:
        verbose_name = _("home page")

    @property
    def child_page_model(self):
        return IssueIndexPage

    def find_child(self, slug: str):
        # The archive is one of the few pages read once per content generation (routing.py).
        archive = routing.archive_of(self, slug)
        if archive is None:
            raise Http404
        return archive

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        recent = list(
            IssuePage.objects.live()
            .filter(locale_id=self.locale_id)
            .order_by("-week_start")[: HOME_PREVIOUS_ISSUES + 1]
        )
        current = recent[0] if recent else None
        context["current_issue"] = current
        context["previous_issues"] = recent[1:]
        context["topic_groups"] = current.topic_groups() if current else []
        context["untranslated_notice"] = request.GET.get("untranslated") == "1"
        context["nav_section"] = "home"
        return context

    def _render_route(self, request, template: str, context: dict) -> TemplateResponse:
        # Not self.render(): that would run HomePage.get_context and its issue queries.
        return TemplateResponse(request, template, {**Page.get_context(self, request), **context})

    @path("topics/", name="topics")
    def topic_list(self, request):
        topics = Topic.objects.filter(locale_id=self.locale_id)
        return self._render_route(
            request,
            "publishing/topic_index.html",
            {"topics": topics, "nav_section": "topics", "home_route": "topics/"},
        )

    @path("topics/<slug:slug>/", name="topic")
    def topic_detail(self, request, slug):
        # Own-language articles only: the topic page is a language's history of the topic;
        # the untranslated articles of a week are on that week's issue page (as stand-ins).
        wanted = page_request(request)
        if wanted.redirect_to:
            return redirect(wanted.redirect_to)
        topic = get_object_or_404(Topic, locale_id=self.locale_id, slug=slug)
        articles = (
            ArticlePage.objects.published()
            .filter(locale_id=self.locale_id, topic=topic)
            .order_by("-issue_week__week_start", "path")
        )
        pagination = paginate(
            f"topic:{topic.pk}",
            articles,
            ArticlePage.objects.select_related("issue_week").defer("body"),
            TOPIC_PAGE_SIZE,
            wanted.number,
        )
        language_code = get_language()
        for article in pagination["page_obj"]:
            # What the shared teaser asks of an article (week_articles sets the same). A name
            # the template cannot find on a page object costs Django's engine a dir() of it,
            # ~0.2 ms, eight times per teaser: it made this page grow with its length.
            article.is_stand_in = False
            article.language_code = language_code
            article.byline_authors = []  # the topic page has shown no bylines
        return self._render_route(
            request,
            "publishing/topic_page.html",
            {"topic": topic, "nav_section": "topics", **pagination},
        )


class IssueIndexPage(PrefixedUrlMixin, DirectChildRouteMixin, Page):
    """The archive of weekly issues, newest first."""

    parent_page_types = ["publishing.HomePage"]
    subpage_types = ["publishing.IssuePage"]
    max_count_per_parent = 1
    # The admin's explorer lists the issues newest week first, like the archive (Wagtail's
    # default is the latest edit first). Not one of the listing's column orderings, so no
    # column shows as sorted; clicking a column still sorts by it.
    admin_default_ordering = "-issuepage__week_start"

    class Meta:
        verbose_name = _("issue archive")

    @property
    def child_page_model(self):
        return IssuePage

    def route(self, request, path_components):
        if len(path_components) == 2 and self.live:
            article = self._article_of_week(*path_components)
            if article is not None:
                issue = article.issue_week
                if not issue.live:
                    raise Http404  # an unpublished issue hides its articles
                article._cached_parent_obj = issue
                issue._cached_parent_obj = self
                return article.route(request, [])
        # Anything else, or an article not found this way: one level at a time.
        return super().route(request, path_components)

    def _article_of_week(self, week_slug: str, slug: str) -> ArticlePage | None:
        """The article `slug` of this archive's issue `week_slug`, with its issue, in one query
        rather than one per level: found through the article's issue (`issue_week`), and only
        if that is the article's parent in the tree, else None."""
        depth, locale_id = self.depth, self.locale_id
        found = _article_of_week_query(slug, depth + 2, week_slug, depth + 1, locale_id)
        if len(found) != 1:
            return None
        [article] = found
        issue = article.issue_week
        if article.path[: -article.steplen] != issue.path:
            return None
        if issue.path[: -issue.steplen] != self.path:
            return None
        return article

    def serve(self, request, *args, **kwargs):
        wanted = page_request(request)
        if wanted.redirect_to:
            return redirect(wanted.redirect_to)
        return super().serve(request, *args, page_number=wanted.number, **kwargs)

    def get_context(self, request, *args, page_number: int = 1, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        issues = children_of(IssuePage.objects.live(), self).order_by("-week_start")
        # What the archive shows of an issue: its link, week, title and summary.
        rows = IssuePage.objects.only(
            "title", "url_path", "path", "depth", "live", "locale_id", "translation_key",
            "week_start", "custom_title", "summary",
        )  # fmt: skip
        pagination = paginate(f"archive:{self.pk}", issues, rows, ARCHIVE_PAGE_SIZE, page_number)
        page_issues = list(pagination["page_obj"])
        # Every week's headlines (under the editor's summary where there is one), one query
        # for the whole page.
        headlines = week_headlines(page_issues, self.locale_id, request)
        for issue in page_issues:
            issue.headlines = headlines.get(issue.translation_key, [])
        context.update(pagination)
        context["nav_section"] = "archive"
        return context


class IssuePage(PrefixedUrlMixin, DirectChildRouteMixin, Page):
    """One week (Monday to Sunday); its children are that week's articles."""

    week_start = models.DateField(_("week starts"), help_text=_("The Monday that starts the week."))
    custom_title = models.CharField(
        _("custom title"),
        max_length=255,
        blank=True,
        help_text=_("Leave empty to use the week's dates, e.g. 'October 9 – October 15, 2023'."),
    )
    summary = models.TextField(_("editorial summary"), blank=True)

    content_panels = [FieldPanel("week_start"), FieldPanel("custom_title"), FieldPanel("summary")]
    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("seo_title"), FieldPanel("search_description")], _("For search engines")
        )
    ]
    parent_page_types = ["publishing.IssueIndexPage"]
    subpage_types = ["publishing.ArticlePage"]
    override_translatable_fields = [SynchronizedField("title"), SynchronizedField("slug")]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    class Meta:
        verbose_name = _("weekly issue")
        verbose_name_plural = _("weekly issues")
        # Newest or oldest week, a range of weeks, an article's newest related weeks: an index
        # walk instead of reading every issue of the archive (issue 10).
        indexes = [models.Index(fields=["week_start"], name="publishing_issue_week_idx")]

    @property
    def week_end(self) -> datetime.date:
        return week_end_for(self.week_start)

    def _fill_generated_fields(self) -> None:
        if isinstance(self.week_start, datetime.date):
            self.slug = self.week_start.isoformat()
            language = (
                Locale.objects.get(pk=self.locale_id).language_code if self.locale_id else "en"
            )
            self.title = self.custom_title or week_label(self.week_start, language)

    def full_clean(self, *args, **kwargs):
        self._fill_generated_fields()
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self._fill_generated_fields()
        return super().save(*args, **kwargs)

    def clean(self) -> None:
        # Our checks first: the slug is the week's date, so Page.clean() would otherwise report
        # a duplicate week as a confusing slug clash.
        if self.week_start and self.week_start.weekday() != 0:
            raise ValidationError({"week_start": _("An issue's week must start on a Monday.")})
        if self.week_start and self.locale_id:
            clash = (
                IssuePage.objects.filter(locale_id=self.locale_id, week_start=self.week_start)
                .exclude(pk=self.pk)
                .exists()
            )
            if clash:
                raise ValidationError(
                    {"week_start": _("There is already an issue for this week in this language.")}
                )
        super().clean()

    @property
    def child_page_model(self):
        return ArticlePage

    def child_queryset(self):
        return children_of(ArticlePage.objects.all(), self).select_related(
            "topic", "featured_image"
        )

    def route(self, request, path_components):
        result = super().route(request, path_components)
        if path_components and isinstance(result, RouteResult):
            # The article's issue is this page: spare the article a query for it.
            result.page.issue_week = self
        return result

    def articles(self) -> models.QuerySet[ArticlePage]:
        """The week's live articles in this issue's own language (the newsletter's source)."""
        return (
            ArticlePage.objects.live()
            .child_of(self)
            .select_related("topic")
            .defer("body")  # lists show title, trend and lead only
            # Their issue is this page: each article's URL needs its liveness, not a query.
            .annotate(issue_live=models.Value(self.live, output_field=models.BooleanField()))
            .order_by("topic__sort_order", "topic__name", "path")
        )

    def topic_groups(self) -> list[tuple[Topic, list[ArticlePage]]]:
        """Every published article of the week grouped by topic, in the topics' editorial
        order: in this issue's language where translated, else as a marked stand-in (see
        editions.py)."""
        articles = week_articles([self], self.locale_id).get(self.translation_key, [])
        groups: dict[object, tuple[Topic, list[ArticlePage]]] = {}
        for article in articles:
            topic = article.shown_topic
            groups.setdefault(topic.translation_key, (topic, []))[1].append(article)
        return list(groups.values())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topic_groups"] = self.topic_groups()
        context["nav_section"] = "archive"
        return context


class ArticlePageQuerySet(PageQuerySet):
    def published(self) -> ArticlePageQuerySet:
        """Live articles of live issues: unpublishing an issue hides its articles everywhere."""
        return self.live().filter(issue_week__live=True)

    def of_weeks(self, issues: Sequence[IssuePage]) -> ArticlePageQuerySet:
        """Live articles of the weeks of `issues` in every language: those of `issues`
        themselves (live or not, so an editor's preview of an unpublished issue shows its
        articles), and those of the weeks' other live issues."""
        return (
            self.live()
            .filter(issue_week__translation_key__in={issue.translation_key for issue in issues})
            .filter(
                models.Q(issue_week__live=True)
                | models.Q(issue_week_id__in=[issue.pk for issue in issues])
            )
            .with_week()
        )

    def with_week(self) -> ArticlePageQuerySet:
        """Each article with its week's `week_key` (the issue's translation key) and
        `issue_live`: what `issue_is_live` asks, without a query per article for its URL."""
        return self.annotate(
            week_key=models.F("issue_week__translation_key"),
            issue_live=models.F("issue_week__live"),
        )


# What choosing an article's edition reads of each candidate (`_edition_candidates`).
EDITION_FIELDS = ("pk", "week_text", "key_text", "locale_id", "locale__language_code", "path")


def _edition_candidates(issues: Sequence[IssuePage]) -> ArticlePageQuerySet:
    """Every live edition of the articles of the weeks of `issues`, with the translation keys
    of its week and its own read as text, not as UUID objects (Django builds one per value,
    ~40 a week of a list; the choice needs only equality)."""
    return (
        ArticlePage.objects.of_weeks(issues)
        .annotate(
            week_text=Cast("issue_week__translation_key", models.CharField()),
            key_text=Cast("translation_key", models.CharField()),
        )
        .order_by("path")
    )


def _chosen_editions(candidates: Sequence, locale_id: int) -> list[tuple]:
    """The candidates (rows with EDITION_FIELDS) a reader of `locale_id` is shown, one edition
    per article (editions.py), each as (row, its week's key: the issue's translation_key, its
    place in its issue: the `path` of the main language's edition, so that every language
    lists them in the same order). Each week's key is built once."""
    reader_language = next(
        (a.locale__language_code for a in candidates if a.locale_id == locale_id), None
    )
    if reader_language is None:
        reader_language = Locale.objects.get(pk=locale_id).language_code
    preference = language_preference(
        reader_language, settings.LANGUAGE_CODE, [code for code, _name in settings.LANGUAGES]
    )
    position = {
        a.key_text: a.path for a in candidates if a.locale__language_code == settings.LANGUAGE_CODE
    }
    week_keys: dict[str, uuid.UUID] = {}
    return [
        (
            a,
            week_keys.get(a.week_text) or week_keys.setdefault(a.week_text, uuid.UUID(a.week_text)),
            position.get(a.key_text, a.path),
        )
        for a in choose_editions(
            candidates,
            preference,
            key=lambda a: (a.week_text, a.key_text),
            language=lambda a: a.locale__language_code,
        )
    ]


def week_articles(issues: Sequence[IssuePage], locale_id: int) -> dict[object, list[ArticlePage]]:
    """Every published article of each week of `issues` for a reader of `locale_id`, one
    edition per article (editions.py), keyed by the issue's translation_key and ordered by
    topic and position in the issue, with what a full teaser shows.

    Each article gets `is_stand_in`, `language_code`, `shown_topic` (its topic in the
    reader's language where translated) and `byline_authors`; featured images come with them
    (renditions come from the rendition cache). A constant number of queries, however many
    weeks.
    """
    if not issues:
        return {}
    # Chosen over narrow rows (18 a week in three languages); only the chosen third is loaded
    # as page objects.
    candidates = list(_edition_candidates(issues).values_list(*EDITION_FIELDS, named=True))
    chosen_editions = {
        row.pk: (week, place) for row, week, place in _chosen_editions(candidates, locale_id)
    }
    rows = (
        ArticlePage.objects.filter(pk__in=chosen_editions)
        .with_week()
        .select_related("topic", "locale", "featured_image")
        .defer("body")
    )
    loaded = {a.pk: a for a in rows}
    chosen = [loaded[pk] for pk in chosen_editions if pk in loaded]
    topics = {a.topic.translation_key: a.topic for a in chosen if a.locale_id == locale_id}
    missing = {a.topic.translation_key for a in chosen} - set(topics)
    if missing:
        topics.update(
            (topic.translation_key, topic)
            for topic in Topic.objects.filter(translation_key__in=missing, locale_id=locale_id)
        )
    bylines = ArticlePage.authors_of([a.pk for a in chosen], locale_id)
    for article in chosen:
        article.is_stand_in = article.locale_id != locale_id
        article.language_code = article.locale.language_code
        article.shown_topic = topics.get(article.topic.translation_key, article.topic)
        article.byline_authors = bylines.get(article.pk, [])
    chosen.sort(
        key=lambda a: (a.shown_topic.sort_order, a.shown_topic.name, chosen_editions[a.pk][1])
    )
    weeks: dict[object, list[ArticlePage]] = {}
    for article in chosen:
        weeks.setdefault(chosen_editions[article.pk][0], []).append(article)
    return weeks


@dataclass(frozen=True, slots=True)
class Headline:
    """An article as the archive lists it: a linked title and its trend."""

    title: str
    url: str | None
    trend: str
    language_code: str
    is_stand_in: bool


def week_headlines(
    issues: Sequence[IssuePage], locale_id: int, request: HttpRequest
) -> dict[object, list[Headline]]:
    """The articles of each week of `issues` as `week_articles` chooses and orders them, read
    as plain values with their URLs: the archive shows only a linked title and a trend per
    article, and building 120 page objects for that was most of its cost per week listed
    (issue 10). One query, two with untranslated topics, however many weeks."""
    if not issues:
        return {}
    # The edition is chosen over rows that hold what a headline shows: one query.
    candidates = list(
        _edition_candidates(issues)
        .annotate(topic_key=Cast("topic__translation_key", models.CharField()))
        .values_list(*EDITION_FIELDS, "title", "url_path", "trend", "issue_live", "topic_key",
                     "topic__sort_order", "topic__name", named=True)
    )  # fmt: skip
    chosen = _chosen_editions(candidates, locale_id)
    # Sorted by topic in the reader's language where translated, as week_articles does.
    topic_order = {
        row.topic_key: (row.topic__sort_order, row.topic__name)
        for row, _week, _place in chosen
        if row.locale_id == locale_id
    }
    missing = {row.topic_key for row, _week, _place in chosen} - set(topic_order)
    if missing:
        topic_order.update(
            (key, (sort_order, name))
            for key, sort_order, name in Topic.objects.filter(
                translation_key__in=missing, locale_id=locale_id
            )
            .annotate(key=Cast("translation_key", models.CharField()))
            .values_list("key", "sort_order", "name")
        )

    def order(chosen_row: tuple) -> tuple:
        row, _week, place = chosen_row
        return (*topic_order.get(row.topic_key, (row.topic__sort_order, row.topic__name)), place)

    chosen.sort(key=order)
    weeks: dict[object, list[Headline]] = {}
    for row, week, _place in chosen:
        reachable = article_reachable(row.issue_live, request)
        weeks.setdefault(week, []).append(
            Headline(
                title=row.title,
                url=page_url(row.url_path, request) if reachable else None,
                trend=row.trend,
                language_code=row.locale__language_code,
                is_stand_in=row.locale_id != locale_id,
            )
        )
    return weeks


def article_reachable(issue_live: bool, request: HttpRequest | None) -> bool:
    """Whether an article has a public address: an unpublished issue hides its articles,
    whatever their own state (DirectChildRouteMixin.route), except in an editor's preview of
    that issue, which links to them."""
    return issue_live or getattr(request, "is_preview", False)


class ArticlePage(PrefixedUrlMixin, ServedPageMixin, Page):
    """A commentary in a weekly issue, with its topic and trend assessment."""

    lead = models.TextField(_("lead"), help_text=_("One or two sentences under the title."))
    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.PROTECT, related_name="articles"
    )
    trend = models.CharField(_("trend"), max_length=16, choices=Trend.choices)
    # Denormalised parent issue so lists across weeks sort and filter without tree queries.
    issue_week = models.ForeignKey(
        IssuePage, null=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )

    objects = PageManager.from_queryset(ArticlePageQuerySet)()
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("featured image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_image_alt = models.CharField(_("image alternative text"), max_length=300, blank=True)
    featured_image_caption = models.CharField(_("image caption"), max_length=300, blank=True)
    featured_image_credit = models.CharField(_("image credit"), max_length=200, blank=True)
    body = StreamField(ArticleBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        IssueStatusPanel(),
        *Page.content_panels,
        FieldPanel("lead"),
        FieldPanel("topic"),
        FieldPanel("trend"),
        InlinePanel("article_authors", label=_("Authors")),
        MultiFieldPanel(
            [
                FieldPanel("featured_image"),
                FieldPanel("featured_image_alt"),
                FieldPanel("featured_image_caption"),
                FieldPanel("featured_image_credit"),
            ],
            heading=_("Featured image"),
        ),
        FieldPanel("body"),
        InlinePanel("related_links", label=_("Related articles")),
    ]
    parent_page_types = ["publishing.IssuePage"]
    subpage_types: list[str] = []
    override_translatable_fields = [SynchronizedField("slug")]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("topic_name"),
        index.SearchField("author_names"),
        # Spelling-independent keys of every word (sitrep/search/transliterate.py).
        index.SearchField("search_keys"),
        index.FilterField("locale_id"),
        index.FilterField("topic_id"),
        index.FilterField("trend"),
        index.FilterField("issue_week_id"),
    ]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def clean(self) -> None:
        super().clean()
        if self.featured_image_id and not self.featured_image_alt.strip():
            raise ValidationError(
                {"featured_image_alt": _("Describe the featured image for screen readers.")}
            )

    def save(self, *args, **kwargs):
        parent = self.get_parent() if self.path else None
        if parent is not None:
            self.issue_week_id = parent.id
        return super().save(*args, **kwargs)

    @property
    def issue_is_live(self) -> bool:
        """Whether readers can reach this article's issue: an unpublished issue hides its
        articles, whatever their own state (DirectChildRouteMixin.route)."""
        known = self.__dict__.get("issue_live")  # annotated by IssuePage.articles()
        if known is not None:
            return bool(known)
        if self.issue_week_id is None:
            return True  # not in an issue yet: nothing hides it
        return self.issue_week.live  # cached on the instance after the first look-up

    def get_url(self, request=None, current_site=None):
        # A live article of an unpublished issue has no public address yet: without a URL the
        # admin shows no "View live" link (listing, header, publish message) to a 404. The
        # preview of the unpublished issue still links to it; `full_url` (previews, email
        # rendering) stays the address it will have.
        if not article_reachable(self.issue_is_live, request):
            return None
        return super().get_url(request=request, current_site=current_site)

    url = property(get_url)

    @property
    def status_string(self):
        if self.live and not self.issue_is_live:
            if self.has_unpublished_changes:
                return _("goes live with its issue + draft")
            return _("goes live with its issue")
        return super().status_string

    @property
    def trend_sentence(self) -> str:
        return trend_sentence(self.trend)

    def topic_name(self) -> str:
        return self.topic.name if self.topic_id else ""

    def author_names(self) -> str:
        return ", ".join(author.name for author in self.authors()) if self.pk else ""

    def search_keys(self) -> str:
        """What the search index stores beside the words: each word's spelling keys."""
        text = " ".join(
            (self.title, self.lead, self.topic_name(), self.author_names(),
             " ".join(map(str, self._meta.get_field("body").get_searchable_content(self.body))))
        )  # fmt: skip
        return " ".join(transliterate.index_keys(text))

    @cached_property
    def issue(self) -> IssuePage:
        if self.issue_week_id:
            return self.issue_week
        issue = self.get_parent().specific
        if not isinstance(issue, IssuePage):
            raise Http404
        return issue

    def authors(self) -> list[Author]:
        """Authors in the article's language, falling back to the linked snippet where it has
        no translation; one query, or none where a caller looked them up for many articles at
        once (`known_authors`, set e.g. by the demo's bulk indexing)."""
        known = self.__dict__.get("known_authors")
        if known is not None:
            return known
        if isinstance(self.article_authors.all(), FakeQuerySet):
            # A preview of unsaved edits: the links live in memory, not in the database.
            return self._localized_authors([link.author for link in self.article_authors.all()])
        return self.authors_of([self.pk], self.locale_id).get(self.pk, [])

    @staticmethod
    def authors_of(article_ids: Sequence[int], locale_id: int) -> dict[int, list[Author]]:
        """The authors of each article, named in the language of `locale_id` where the author
        has a translation there; one query for all the articles."""
        if len(article_ids) == 1:
            links = _author_links_of_one(article_ids[0])
        else:
            links = (
                ArticleAuthor.objects.filter(article_id__in=article_ids)
                .order_by("article_id", "sort_order", "pk")
                .values_list("article_id", "author_id")
            )
        book = author_book()
        authors: dict[int, list[Author]] = {}
        for article_id, author_id in links:
            author = book.rows[author_id].build()
            localized_name = book.names.get((author.translation_key, locale_id))
            if localized_name:
                author.name = localized_name
            authors.setdefault(article_id, []).append(author)
        return authors

    def _localized_authors(self, linked: list[Author]) -> list[Author]:
        if all(author.locale_id == self.locale_id for author in linked):
            return linked
        localized = {
            author.translation_key: author
            for author in Author.objects.filter(
                translation_key__in=[a.translation_key for a in linked], locale_id=self.locale_id
            )
        }
        return [localized.get(a.translation_key, a) for a in linked]

    def related_articles(self, limit: int = 4) -> list[ArticlePage]:
        """Hand-picked articles first (in this language where translated), then the same topic
        in other weeks, newest first."""
        if isinstance(self.related_links.all(), FakeQuerySet):
            # A preview of unsaved edits: the links live in memory, not in the database.
            links = [link.page for link in self.related_links.all()]
        elif self.pk not in _linking_articles.get():
            links = []  # most articles have no hand-picked links: no query to find none
        else:
            links = [
                link.page
                for link in self.related_links.select_related("page", "page__issue_week").only(
                    "sort_order", "article_id", "page", *(f"page__{name}" for name in TEASER_FIELDS)
                )
            ]
        picked_keys = [page.translation_key for page in links]
        picked: list[ArticlePage] = []
        if all(
            page.locale_id == self.locale_id
            and page.live
            and getattr(page.issue_week, "live", False)
            for page in links
        ):
            picked = links
        elif picked_keys:
            by_key = {
                page.translation_key: page
                for page in ArticlePage.objects.published()
                .filter(translation_key__in=picked_keys, locale_id=self.locale_id)
                .select_related("issue_week")
                .only(*TEASER_FIELDS)
            }
            picked = [by_key[key] for key in picked_keys if key in by_key]
        if len(picked) >= limit:
            return picked[:limit]
        wanted = limit - len(picked)
        excluded = {self.pk, *(page.pk for page in picked)}
        newest = _newest_of_topic_memo.get((self.locale_id, self.topic_id))
        found = [
            (article, issue)
            for pk, issue_id, article, issue in newest
            if pk not in excluded and issue_id != self.issue_week_id
        ]
        if len(found) >= wanted or len(newest) < READ_MORE_CANDIDATES:
            return picked + [_teaser(*rows) for rows in found[:wanted]]
        return picked + self._same_topic_from_archive(excluded, wanted)

    def _same_topic_from_archive(self, excluded: set[int], wanted: int) -> list[ArticlePage]:
        """The newest `wanted` articles of this topic in other weeks but those `excluded`, read
        from the archive (when the topic's newest few are nearly all excluded)."""
        same_topic = (
            ArticlePage.objects.published()
            .filter(locale_id=self.locale_id, topic_id=self.topic_id)
            .exclude(pk__in=excluded)
            .exclude(issue_week_id=self.issue_week_id)
            .select_related("issue_week")
            .only(*TEASER_FIELDS)
            .order_by("-issue_week__week_start", "path")
        )
        # Most topics have an article most weeks: look in the newest weeks first (an index walk)
        # rather than sorting every article the topic ever had; only a rarely covered topic
        # needs the second, whole-archive query.
        recent_issues = (
            IssuePage.objects.live()
            .filter(locale_id=self.locale_id)
            .order_by("-week_start")
            .values("pk")[: RELATED_RECENT_WEEKS + 1]
        )
        found = list(same_topic.filter(issue_week_id__in=recent_issues)[:wanted])
        if len(found) < wanted:
            found = list(same_topic[:wanted])
        return found

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["authors"] = self.authors()
        related = self.related_articles()
        language_code = get_language()
        for article in related:
            # What the shared teaser asks of an article, as on the topic page: each name the
            # template cannot find on a page object costs Django's engine a dir() of it.
            article.is_stand_in = False
            article.language_code = language_code
            article.byline_authors = []  # "Read more" has shown no bylines
        context["related_articles"] = related
        context["nav_section"] = "archive"
        return context


# Every article request's route: compiled once (sitrep/core/prepared.py), it costs the SQL alone.
_article_of_week_query = PreparedQuery(
    # The issue by its slug and language, not by a range of tree paths: PostgreSQL's generic
    # plan for a prepared range scanned every issue's path (~0.5 ms); whether the issue is this
    # archive's child is checked on the row.
    lambda slug, depth, week_slug, week_depth, locale_id: ArticlePage.objects.filter(
        slug=slug,
        depth=depth,
        issue_week__slug=week_slug,
        issue_week__depth=week_depth,
        issue_week__locale_id=locale_id,
    ).select_related("issue_week", "topic", "featured_image")[:2]
)


def _newest_of_topic(locale_and_topic: tuple[int, int]) -> tuple[tuple[int, int, Row, Row], ...]:
    """(pk, issue id, article row, issue row) of the topic's newest published articles in a
    language, newest week first, as a teaser shows them."""
    locale_id, topic_id = locale_and_topic
    articles = (
        ArticlePage.objects.published()
        .filter(locale_id=locale_id, topic_id=topic_id)
        .select_related("issue_week")
        .only(*TEASER_FIELDS)
        .order_by("-issue_week__week_start", "path")[:READ_MORE_CANDIDATES]
    )
    return tuple(
        (article.pk, article.issue_week_id, Row.of(article), Row.of(article.issue_week))
        for article in articles
    )


def _teaser(article_row: Row, issue_row: Row) -> ArticlePage:
    article = article_row.build()
    article.issue_week = issue_row.build()
    return article


# Every article's "Read more" shows the newest articles of its topic in its language but itself,
# its own week's and those picked by hand: the same few rows for every article of the topic
# until the next content change, so read once per content generation (and per topic and
# language), with a margin for what an article leaves out. And which articles have hand-picked
# related articles at all.
READ_MORE_CANDIDATES = 12
_newest_of_topic_memo = GenerationMemo(_newest_of_topic, max_entries=256)
_linking_articles = GenerationMemo(
    lambda: frozenset(RelatedArticle.objects.values_list("article_id", flat=True))
)


@dataclass(frozen=True)
class AuthorBook:
    """Every author (a few dozen rows), and each author's name in each language it has."""

    rows: dict[int, Row]
    names: dict[tuple[object, int], str]  # (translation key, locale id) -> name


def _author_book() -> AuthorBook:
    authors = list(Author.objects.all())
    return AuthorBook(
        rows={author.pk: Row.of(author) for author in authors},
        names={(author.translation_key, author.locale_id): author.name for author in authors},
    )


# Every article's byline names its authors in the reader's language: the authors are read once
# per content generation (any change to an author bumps it), the links of an article per page.
_authors = GenerationMemo(_author_book)


def author_book() -> AuthorBook:
    return _authors.get()


class ArticleAuthor(Orderable):
    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="article_authors")
    author = models.ForeignKey(
        Author, verbose_name=_("author"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("author")]


# An article page's byline: compiled once (sitrep/core/prepared.py).
_author_links_of_one = PreparedQuery(
    lambda article_id: (
        ArticleAuthor.objects.filter(article_id=article_id)
        .order_by("sort_order", "pk")
        .values_list("article_id", "author_id")
    )
)


class RelatedArticle(Orderable):
    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    page = models.ForeignKey(
        ArticlePage, verbose_name=_("article"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("page")]
