"""Wagtail's database search backend, able to match a key as a prefix.

The keys of sitrep/search/transliterate.py are indexed next to the words. Case endings that
leave a consonant (Лукашэнкам → `lkxnkm`) are found by looking for `lkxnk` as a prefix, which
Wagtail's query objects cannot say: `KeyPrefix` says it, for SQLite FTS5 and PostgreSQL. Set as
`WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "sitrep.search.backend"`.
"""

from __future__ import annotations

from django.db import connection
from wagtail.search.query import PlainText


class KeyPrefix(PlainText):
    """One indexed term or any longer term that starts with it."""

    def __init__(self, term: str):
        super().__init__(term)


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
        objects = self.queryset.in_bulk(self.ids)
        return iter([objects[pk] for pk in self.ids if pk in objects])


# SQLite allows 32,766 variables in one statement.
_CHUNK = 10_000


def _sqlite_backend():
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
    from modelsearch.query import MatchAll, Not
    from modelsearch.utils import get_descendants_content_types_pks

    class Compiler(SQLiteSearchQueryCompiler):
        def build_search_query_content(self, query, config=None):
            if isinstance(query, KeyPrefix):
                return SearchQueryExpression(Lexeme(query.query_string, prefix=True), config=config)
            return super().build_search_query_content(query, config=config)

        def search(self, config, start, stop, score_field=None):
            """Rank once in the FTS table, then filter the ids.

            Wagtail's own SQLite query asks FTS5 for each candidate row's score in a correlated
            subquery, which took over a second on a 28,000-page archive; one ranked FTS query
            plus a filter on the ids takes a few milliseconds.
            """
            normalized = normalize(self.query)
            if (
                isinstance(normalized, (MatchAll, Not))
                or not self.order_by_relevance
                or score_field is not None
            ):
                return super().search(config, start, stop, score_field=score_field)
            if getattr(self, "_ranked", None) is None:
                self._ranked = self._rank(normalized, config)
            return RankedResults(self.queryset, self._ranked, start or 0, stop)

        def _rank(self, normalized, config) -> list[int]:
            """Every matching id the queryset allows, best first (counted and sliced from one
            list: the paginator's count and its page share it)."""
            search_query = self.build_search_query(normalized, config=config)
            match = MatchExpression(self.fields or self.FTS_TABLE_FIELDS, search_query)
            rank = self._build_rank_expression(self.get_search_vectors(), config)
            ranked = (
                SQLiteFTSIndexEntry.objects.filter(match)
                .filter(
                    index_entry__content_type__in=get_descendants_content_types_pks(
                        self.queryset.model
                    )
                )
                .annotate(score=rank)
                .order_by("score")
                .values_list("index_entry__object_id", flat=True)
            )
            candidates = [int(pk) for pk in ranked]
            allowed: set[int] = set()
            for offset in range(0, len(candidates), _CHUNK):
                chunk = candidates[offset : offset + _CHUNK]
                allowed.update(
                    self.queryset.filter(pk__in=chunk).order_by().values_list("pk", flat=True)
                )
            return [pk for pk in candidates if pk in allowed]

    class Backend(SQLiteSearchBackend):
        query_compiler_class = Compiler

    return Backend


def _postgres_backend():
    from django.contrib.postgres.search import SearchQuery
    from modelsearch.backends.database.postgres.postgres import (
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
    from modelsearch.backends.database.postgres.query import Lexeme

    class Compiler(PostgresSearchQueryCompiler):
        def build_tsquery_content(self, query, config=None, invert=False):
            if isinstance(query, KeyPrefix):
                lexeme = Lexeme(query.query_string, invert=invert, prefix=True)
                return SearchQuery(lexeme, search_type="raw", config=config)
            return super().build_tsquery_content(query, config=config, invert=invert)

    class Backend(PostgresSearchBackend):
        query_compiler_class = Compiler

    return Backend
