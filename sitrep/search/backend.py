"""Wagtail's database search backend, able to match a key as a prefix, ranking in one query.

The keys of sitrep/search/transliterate.py are indexed next to the words. Case endings that
leave a consonant (Лукашэнкам → `lkxnkm`) are found by looking for `lkxnk` as a prefix, which
Wagtail's query objects cannot say: `KeyPrefix` says it, for SQLite FTS5 and PostgreSQL. Set as
`WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "sitrep.search.backend"`.

Ranked searches (the search page, the API) run as one SQL statement: the full-text match on the
index table, joined with the allowed objects (the queryset, as a subquery: live, public, this
language, the filters), ranked with one rank function per row, returning the matching ids best
first. Wagtail's own query ranks every match of every language in correlated subqueries (one
per OR alternative and field, several per row) and then filters; on a 9,000-article archive
that took a quarter of a second for a common name.
"""

from __future__ import annotations

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
    """A page of results in rank order, and how many there are in all (what Wagtail's search
    results ask of a queryset)."""

    def __init__(self, queryset, ranked_ids: list[int], start: int, stop: int | None):
        self.queryset = queryset
        self.total = len(ranked_ids)
        self.ids = ranked_ids[start:stop]

    def count(self) -> int:
        return len(self.ids)

    def __iter__(self):
        # Only the page's objects are loaded (ten on the search page), never every match, and
        # by primary key alone: the ids passed the queryset's filters in the ranked statement
        # just now, and its filters here made SQLite walk the language's pages again.
        loader = self.queryset.model._default_manager.all()
        loader.query.select_related = self.queryset.query.select_related
        objects = loader.in_bulk(self.ids)
        return iter([objects[pk] for pk in self.ids if pk in objects])


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
            return RankedResults(self.queryset, self._ranked, start or 0, stop)

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


# A common name matches thousands of articles; ts_rank reads each one's whole body vector (a
# TOAST fetch and decompression per row). Only this many, the best by a cheap tier, are ranked
# with ts_rank: ten result pages.
RANKED_CANDIDATES = 100

# PostgreSQL: matches from the GIN indexes alone (an id list per vector, no vector read), tiered
# by where they match, the best tier's newest ranked by ts_rank. The tsquery is computed once, in
# a CTE: as an expression it is STABLE (it depends on the session's text search configuration)
# and PostgreSQL re-parsed it for every row it tested or ranked. Parameters, in order: the
# tsquery's, the spelled tsquery's, the content types, the allowed ids', the rank weights twice.
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
SELECT matched.object_id
FROM matched
LEFT JOIN (
    SELECT entry.id,
        ts_rank(%s::float4[], entry.title, query.words) * entry.title_norm
        + ts_rank(%s::float4[], entry.body, query.words) AS score
    FROM {table} entry, query
    WHERE entry.id IN (SELECT id FROM candidates)
) ranked ON ranked.id = matched.id
ORDER BY ranked.score DESC NULLS LAST, matched.tier DESC, matched.id DESC
"""


def _postgres_backend():
    from django.contrib.postgres.search import SearchQuery, SearchRank
    from django.db.models import CharField, F, Q
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
            if getattr(self, "_ranked", None) is None:
                self._ranked = self._rank(config)
            return RankedResults(self.queryset, self._ranked, start or 0, stop)

        def _rank(self, config) -> list[int]:
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
                return [int(row[0]) for row in cursor.fetchall()]

    class Backend(PostgresSearchBackend):
        query_compiler_class = Compiler

    return Backend
