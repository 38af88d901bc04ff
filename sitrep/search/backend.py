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


def _sqlite_backend():
    from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )

    class Compiler(SQLiteSearchQueryCompiler):
        def build_search_query_content(self, query, config=None):
            if isinstance(query, KeyPrefix):
                return SearchQueryExpression(Lexeme(query.query_string, prefix=True), config=config)
            return super().build_search_query_content(query, config=config)

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
