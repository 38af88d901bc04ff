"""Wagtail's database search backend, able to match a key as a prefix, ranking in one query.

The keys of sitrep/search/transliterate.py are indexed next to the words. Case endings that
leave a consonant (Лукашэнкам → `lkxnkm`) are found by looking for `lkxnk` as a prefix, which
Wagtail's query objects cannot say: `KeyPrefix` says it, for SQLite FTS5 and PostgreSQL. Set as
`WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "sitrep.search.backend"`.

Ranked searches (the search page, the API) run as one SQL statement: the full-text match on the
index table, joined with the allowed objects (the queryset, as a subquery: live, public, this
language, the filters), ranked, returning the matching ids best first: on SQLite every match
by bm25; on PostgreSQL the matches come from the GIN indexes alone and only the best candidates
by a cheap tier are ranked by ts_rank (POSTGRES_RANKED below, docs/search.md). Wagtail's own
query ranks every match of every language in correlated subqueries (one per OR alternative and
field, several per row) and then filters; on a 9,000-article archive that took a quarter of a
second for a common name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from django.db import connection, connections
from wagtail.search.query import PlainText


class Key(PlainText):
    """A spelling key of a word (sitrep/search/transliterate.py), matched as an indexed term:
    a folded form, not a spelling the reader typed."""

    def __init__(self, term: str):
        super().__init__(term)


class KeyPrefix(Key):
    """One indexed key or any longer key that starts with it."""


def spelled(query):
    """The query without its spelling keys: the words as the reader (or an alias) spells them.
    None where only keys are left."""
    from modelsearch.query import And, Or

    if isinstance(query, Key):
        return None
    if isinstance(query, (And, Or)):
        parts = [part for part in map(spelled, query.subqueries) if part is not None]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else type(query)(parts)
    return query


def SearchBackend(params):  # noqa: N802 — the name Wagtail looks up in a backend module
    if connection.vendor == "postgresql":
        return _postgres_backend()(params)
    if connection.vendor == "sqlite":
        return _sqlite_backend()(params)
    from modelsearch.backends.database import SearchBackend as default_backend

    return default_backend(params)


class RankedResults:
    """Results in rank order, from `start` to `stop`, and how many there are (what Wagtail's
    search results ask of a queryset). `ids_between(start, stop)` gives the ranked ids of a
    slice; it is only called when the results are iterated: a count needs only `total`."""

    def __init__(self, queryset, ids_between, total: int, start: int, stop: int | None):
        self.queryset = queryset
        self.ids_between = ids_between
        self.total = total
        self.start = start
        self.stop = stop

    def count(self) -> int:
        end = self.total if self.stop is None else min(self.stop, self.total)
        return max(end - self.start, 0)

    def __iter__(self):
        ids = self.ids_between(self.start, self.stop)
        # Only the page's objects are loaded (ten on the search page), never every match, and
        # by primary key alone: the ids passed the queryset's filters in the ranked statement
        # just now, and its filters here made SQLite walk the language's pages again.
        loader = self.queryset.model._default_manager.all()
        loader.query.select_related = self.queryset.query.select_related
        objects = loader.in_bulk(ids)
        return iter([objects[pk] for pk in ids if pk in objects])


def _ranks_in_one_query(compiler, normalized, score_field) -> bool:
    from modelsearch.query import MatchAll, Not

    return (
        not isinstance(normalized, (MatchAll, Not))
        and compiler.order_by_relevance
        and score_field is None
        and compiler.fields is None
    )


def _fetch_ids(queryset) -> list[int]:
    """The first column of every row, as integers, fetched in one go: a common name matches
    thousands of articles, and Django's row-by-row iteration cost more than the query."""
    sql, params = queryset.query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return [int(row[0]) for row in cursor.fetchall()]


def _allowed_ids(queryset):
    """The queryset's primary keys as a subquery (its ordering dropped: only membership counts)."""
    return queryset.order_by().values("pk")


# Larger than any index: a LIMIT that never limits, only keeps PostgreSQL's planner from
# merging the match subquery into the outer query.
MATCH_FENCE = 2**62

# Title matches weigh more than body matches (the body column also holds the spelling keys).
# Columns of Wagtail's FTS5 table, in order: autocomplete, body, title.
SQLITE_COLUMN_WEIGHTS = (0.0, 1.0, 2.0)


def _sqlite_backend():
    from django.db.models import F, FloatField, Func
    from modelsearch.backends.database.sqlite.query import (
        Lexeme,
        MatchExpression,
        SearchQueryExpression,
        normalize,
    )
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteFTSIndexEntry,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )
    from modelsearch.utils import get_descendants_content_types_pks

    class BM25(Func):
        """FTS5's bm25 over the table with per-column weights: lower is better."""

        output_field = FloatField()

        def as_sql(self, compiler, connection, **extra):
            table = SQLiteFTSIndexEntry._meta.db_table
            weights = ", ".join(repr(float(weight)) for weight in SQLITE_COLUMN_WEIGHTS)
            return f"bm25({table}, {weights})", []

    class Compiler(SQLiteSearchQueryCompiler):
        def build_search_query_content(self, query, config=None):
            if isinstance(query, KeyPrefix):
                return SearchQueryExpression(Lexeme(query.query_string, prefix=True), config=config)
            return super().build_search_query_content(query, config=config)

        def search(self, config, start, stop, score_field=None):
            normalized = normalize(self.query)
            if not _ranks_in_one_query(self, normalized, score_field):
                return super().search(config, start, stop, score_field=score_field)
            if getattr(self, "_ranked", None) is None:
                self._ranked = self._rank(normalized, config)
            ranked = self._ranked
            return RankedResults(
                self.queryset, lambda begin, end: ranked[begin:end], len(ranked), start or 0, stop
            )

        def _rank(self, normalized, config) -> list[int]:
            """Every matching id the queryset allows, best first (counted and sliced from one
            list: the paginator's count and its page share it)."""
            search_query = self.build_search_query(normalized, config=config)
            ranked = (
                SQLiteFTSIndexEntry.objects.filter(
                    MatchExpression(self.FTS_TABLE_FIELDS, search_query)
                )
                .filter(
                    index_entry__content_type__in=get_descendants_content_types_pks(
                        self.queryset.model
                    ),
                    # object_id is text: SQLite compares it with the integer keys as numbers.
                    index_entry__object_id__in=_allowed_ids(self.queryset),
                )
                .annotate(score=BM25())
                .order_by("score", F("index_entry_id").desc())
                .values_list("index_entry__object_id", flat=True)
            )
            return _fetch_ids(ranked)

    class Backend(SQLiteSearchBackend):
        query_compiler_class = Compiler

    return Backend


@dataclass(frozen=True)
class RankedWindow:
    """Ranked ids from `offset` on (a slice of them), and how many match in all."""

    offset: int
    ids: list[int]
    total: int | None  # None: fetched past the end, where no row says

    def covers(self, start: int, stop: int | None) -> bool:
        end = self.offset + len(self.ids)
        if start < self.offset or self.total is None:
            return False
        return end >= self.total or (stop is not None and stop <= end)


# The ranked statement returns this many ids from the first one asked for, with the count of
# all matches: a common name matches thousands, and fetching every id cost more than ranking.
FETCHED_IDS = 100

# A common name matches thousands of articles; ts_rank reads each one's whole body vector (a
# TOAST fetch and decompression per row). Only this many, the best by a cheap tier, are ranked
# with ts_rank: ten result pages.
RANKED_CANDIDATES = 100

# PostgreSQL: matches from the GIN indexes alone (an id list per vector, no vector read), tiered
# by where they match, the best tier's newest ranked by ts_rank. The tsquery is computed once, in
# a CTE: as an expression it is STABLE (it depends on the session's text search configuration)
# and PostgreSQL re-parsed it for every row it tested or ranked. Read as `(SELECT words FROM
# query)` it is a value the planner cannot see, so it assumes few matches and always takes the
# GIN indexes; seeing a common name's real frequency it chose a scan testing every body vector.
# Parameters, in order: the tsquery's, the spelled tsquery's, the content types, the allowed
# ids', the rank weights twice.
POSTGRES_RANKED = """
WITH query AS MATERIALIZED (SELECT {words} AS words, {spelled} AS spelled),
matched AS MATERIALIZED (
    SELECT hit.id, hit.object_id,
        2 * (hit.id IN (
            SELECT id FROM {table} WHERE title @@ (SELECT words FROM query)))::int
        + (hit.id IN (
            SELECT id FROM {table} WHERE title @@ (SELECT spelled FROM query)
            UNION ALL SELECT id FROM {table} WHERE body @@ (SELECT spelled FROM query)))::int
        AS tier
    FROM (
        SELECT id, object_id, content_type_id FROM {table}
        WHERE title @@ (SELECT words FROM query)
        UNION SELECT id, object_id, content_type_id FROM {table}
        WHERE body @@ (SELECT words FROM query)
    ) hit
    WHERE hit.content_type_id IN ({content_types}) AND hit.object_id IN ({allowed})
),
candidates AS (SELECT id FROM matched ORDER BY tier DESC, id DESC LIMIT {candidates})
SELECT matched.object_id::integer, count(*) OVER ()
FROM matched
LEFT JOIN (
    SELECT entry.id,
        ts_rank(%s::float4[], entry.title, query.words) * entry.title_norm
        + ts_rank(%s::float4[], entry.body, query.words) AS score
    FROM {table} entry, query
    WHERE entry.id IN (SELECT id FROM candidates)
) ranked ON ranked.id = matched.id
ORDER BY ranked.score DESC NULLS LAST, matched.tier DESC, matched.id DESC
LIMIT {limit} OFFSET {offset}
"""


def _postgres_backend():
    from django.contrib.postgres.search import SearchQuery
    from django.db.models import CharField
    from django.db.models.functions import Cast
    from modelsearch.backends.database.postgres.postgres import (
        IndexEntry,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
    from modelsearch.backends.database.postgres.query import Lexeme
    from modelsearch.utils import get_descendants_content_types_pks

    class Compiler(PostgresSearchQueryCompiler):
        def build_tsquery_content(self, query, config=None, invert=False):
            if isinstance(query, KeyPrefix):
                lexeme = Lexeme(query.query_string, invert=invert, prefix=True)
                return SearchQuery(lexeme, search_type="raw", config=config)
            return super().build_tsquery_content(query, config=config, invert=invert)

        def search(self, config, start, stop, score_field=None, backend=None):
            if not _ranks_in_one_query(self, self.query, score_field):
                return super().search(config, start, stop, score_field=score_field, backend=backend)
            start = start or 0
            window = getattr(self, "_last_window", None)
            if window is None or window.total is None:
                window = self._fetch(config, start, stop)
            ids_between = partial(self._ids_between, config)
            return RankedResults(self.queryset, ids_between, window.total or 0, start, stop)

        def _fetch(self, config, start: int, stop: int | None) -> RankedWindow:
            # At least FETCHED_IDS ids: the paginator's count comes first, and its page should
            # find its ids in the same fetch.
            limit = None if stop is None else max(stop - start, FETCHED_IDS)
            if getattr(self, "_last_window", None) is None:
                limit = FETCHED_IDS if stop is None else limit
            self._last_window = self._rank(config, start, limit)
            return self._last_window

        def _ids_between(self, config, start: int, stop: int | None) -> list[int]:
            window = self._last_window
            if not window.covers(start, stop):
                window = self._fetch(config, start, stop)
            end = None if stop is None else stop - window.offset
            return window.ids[start - window.offset : end]

        def _rank(self, config, offset: int, limit: int | None) -> RankedWindow:
            """Every matching id the queryset allows, best first: the candidates ranked by
            ts_rank (title and body vectors), then the other matches by tier, newest first.
            Tiers: the title matches (2), the reader's own spelling matches, not just a key (1)."""
            words = self.build_tsquery(self.query, config=config)
            spelled_query = spelled(self.query)
            exact = words if spelled_query is None else self.build_tsquery(spelled_query, config)
            database = self.queryset.db
            sql_compiler = IndexEntry.objects.all().query.get_compiler(using=database)
            words_sql, words_params = sql_compiler.compile(words)
            exact_sql, exact_params = sql_compiler.compile(exact)
            allowed = _allowed_ids(self.queryset).annotate(key=Cast("pk", output_field=CharField()))
            allowed_sql, allowed_params = allowed.values("key").query.sql_with_params()
            content_types = list(get_descendants_content_types_pks(self.queryset.model))
            db = connections[database]
            sql = POSTGRES_RANKED.format(
                words=words_sql,
                spelled=exact_sql,
                table=db.ops.quote_name(IndexEntry._meta.db_table),
                content_types=", ".join(["%s"] * len(content_types)),
                allowed=allowed_sql,
                candidates=RANKED_CANDIDATES,
                limit="ALL" if limit is None else int(limit),
                offset=int(offset),
            )
            params = [
                *words_params,
                *exact_params,
                *content_types,
                *allowed_params,
                self.sql_weights,
                self.sql_weights,
            ]
            with db.cursor() as cursor:
                cursor.execute(sql, params)
                rows = cursor.fetchall()
            # Past the end no row says how many there are.
            total = rows[0][1] if rows else (0 if offset == 0 else None)
            return RankedWindow(offset, [row[0] for row in rows], total)

    class Backend(PostgresSearchBackend):
        query_compiler_class = Compiler

    return Backend
