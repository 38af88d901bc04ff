"""Queries of a fixed shape, compiled by Django's ORM once per database connection.

An uncached page runs a few small queries, and Django spends more time building and compiling
each of them than the database spends answering: the article's route query took 1.2 ms to
compile and 0.15 ms to run (SQLite, issue 10). A `PreparedQuery` builds its queryset once with
marker values, keeps the SQL, where each marker landed among the parameters and what Django's
own iterables need to turn rows into objects (columns, converters, select_related populators),
and on each call runs that SQL with the values given.

Only the values given change between calls; everything else in the queryset is frozen at the
first compile. So a queryset whose SQL would differ by anything but those values — the time of
day (`timezone.now()`), a list whose length varies — must not be prepared: the first compile
builds the queryset twice and refuses one whose other parameters differ between the two.
Values may be `str`, `int` or `uuid.UUID`, each used once as a plain filter value.

On PostgreSQL the SQL is also prepared on the server (`PREPARE`), once per database session,
and run with `EXECUTE`: PostgreSQL then plans it once instead of on every call. Planning the
article's route query (six joined tables) took 3.2 ms of the server's CPU and running it
0.2 ms. A connection pooler in transaction mode (PgBouncer) hands each transaction another
server session, where the statement does not exist: set SITREP_DB_PREPARED_STATEMENTS=0 there
(docs/configuration.md).
"""

from __future__ import annotations

import itertools
import logging
import re
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import DatabaseError, connections, router, transaction
from django.db.models import QuerySet
from django.db.models.query import (  # type: ignore[attr-defined]  # Django's own, unstubbed
    ModelIterable,
    ValuesListIterable,
    get_related_populators,
)

logger = logging.getLogger(__name__)
_statement_numbers = itertools.count(1)


class NotPreparable(Exception):
    """The queryset's SQL depends on more than the values given."""


def _marker(value: Any, index: int) -> Any:
    if isinstance(value, bool):
        raise NotPreparable(f"value {index} is a bool: write it into the queryset instead")
    if isinstance(value, int):
        # Positive and within a 32-bit integer column: Django empties a lookup whose value is
        # outside its field's range.
        return 2_091_000_000 + index
    if isinstance(value, str):
        return f"\x1fprepared-value-{index}\x1f"
    if isinstance(value, uuid.UUID):
        return uuid.UUID(int=917_000_000_000 + index)
    raise NotPreparable(f"value {index} is a {type(value).__name__}")


@dataclass(frozen=True)
class _Slot:
    """One SQL parameter: the n-th value given — as is, as its hex (a UUID where the database
    has no UUID type) or wrapped as Django wrapped the marker (psycopg's `Int4` for an integer
    column) — or a constant of the queryset."""

    value_index: int | None
    adapt: Callable[[Any], Any] | None = None
    constant: Any = None

    def param(self, values: tuple) -> Any:
        if self.value_index is None:
            return self.constant
        value = values[self.value_index]
        return value if self.adapt is None else self.adapt(value)


@dataclass(frozen=True)
class _ServerStatement:
    """The SQL as a PostgreSQL prepared statement: `prepare` once per session, then `execute`
    with the parameters."""

    prepare: str
    execute: str


@dataclass(frozen=True)
class _Compiled:
    sql: str
    slots: tuple[_Slot, ...]
    col_count: int
    converters: tuple[tuple[int, tuple, Any], ...]
    make_results: Callable[[list, str], list]
    statement: _ServerStatement | None


class PreparedQuery:
    """`build(*values)` returns the queryset (model instances or `values_list` tuples);
    calling the prepared query with the values returns its results as a list."""

    def __init__(self, build: Callable[..., QuerySet]) -> None:
        self.build = build
        self.model: type | None = None
        self.name = f"sitrep_prepared_{next(_statement_numbers)}"
        # Per connection object: each thread has its own, and converters take it as argument.
        self._compiled: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        # The database sessions (driver connections) where the statement is prepared: a
        # connection object reconnects with a new one after CONN_MAX_AGE or an error.
        self._prepared_in: weakref.WeakSet = weakref.WeakSet()

    def __call__(self, *values: Any) -> list:
        if self.model is None:
            self.model = self.build(*values).model
        db = router.db_for_read(self.model)
        connection = connections[db]
        compiled = self._compiled.get(connection)
        if compiled is None:
            compiled = self._compile(values, db)
            self._compiled[connection] = compiled
        params = [slot.param(values) for slot in compiled.slots]
        with connection.cursor() as cursor:
            statement = compiled.statement
            if statement is not None and connection.connection not in self._prepared_in:
                statement = self._prepare(statement, connection, db)
                if statement is None:  # not preparable there: plain SQL on this connection
                    compiled = self._compiled[connection] = replace(compiled, statement=None)
            if statement is None:
                cursor.execute(compiled.sql, params)
            else:
                cursor.execute(statement.execute, params)
            rows = cursor.fetchall()
        if compiled.converters or any(len(row) != compiled.col_count for row in rows):
            rows = [self._convert(row, compiled, connection) for row in rows]
        return compiled.make_results(rows, db)

    def _prepare(self, statement: _ServerStatement, connection, db: str) -> _ServerStatement | None:
        try:
            # In a savepoint where a transaction is open: a failure must not abort it.
            with transaction.atomic(using=db), connection.cursor() as cursor:
                cursor.execute(statement.prepare)
        except DatabaseError:
            logger.warning("%s is run unprepared: PREPARE failed", self.name, exc_info=True)
            return None
        self._prepared_in.add(connection.connection)
        return statement

    @staticmethod
    def _convert(row, compiled: _Compiled, connection) -> list:
        row = list(row[: compiled.col_count])
        for position, converters, expression in compiled.converters:
            value = row[position]
            for converter in converters:
                value = converter(value, expression, connection)
            row[position] = value
        return row

    def _compile(self, values: tuple, db: str) -> _Compiled:
        markers = [_marker(value, index) for index, value in enumerate(values)]
        queryset = self.build(*markers)
        if queryset._prefetch_related_lookups or queryset._known_related_objects:  # type: ignore[attr-defined]
            raise NotPreparable("prefetch_related and known related objects are not prepared")
        compiler = queryset.query.get_compiler(using=db)
        try:
            sql, params = compiler.as_sql()
        except EmptyResultSet as error:
            raise NotPreparable("a marker value is outside its field's range") from error
        _, params_again = self.build(*markers).query.get_compiler(using=db).as_sql()
        if queryset.db != db:
            raise NotPreparable("the queryset names its database: route it instead")
        slots = []
        for param, param_again in zip(params, params_again, strict=True):
            slot = _slot_for(param, markers)
            if slot is None:
                if param != param_again:
                    raise NotPreparable(f"a parameter changes by itself: {param!r}")
                slot = _Slot(None, constant=param)
            slots.append(slot)
        placed = sorted(slot.value_index for slot in slots if slot.value_index is not None)
        if placed != list(range(len(values))):
            raise NotPreparable("each value must appear exactly once among the parameters")
        fields = [column for column, _, _ in compiler.select[: compiler.col_count]]
        converters = tuple(
            (position, tuple(convs), expression)
            for position, (convs, expression) in compiler.get_converters(fields).items()
        )
        return _Compiled(
            sql=sql,
            slots=tuple(slots),
            col_count=compiler.col_count,
            converters=converters,
            make_results=_results_maker(queryset, compiler),
            statement=self._server_statement(sql, len(slots), db),
        )

    def _server_statement(self, sql: str, param_count: int, db: str) -> _ServerStatement | None:
        if connections[db].vendor != "postgresql" or not settings.SITREP_DB_PREPARED_STATEMENTS:
            return None
        arguments = f"({', '.join(['%s'] * param_count)})" if param_count else ""
        return _ServerStatement(
            prepare=f"PREPARE {self.name} AS {_numbered_parameters(sql)}",
            execute=f"EXECUTE {self.name}{arguments}",
        )


def _numbered_parameters(sql: str) -> str:
    """Django's `%s` placeholders as PostgreSQL's `$1`, `$2`…, its `%%` as `%`."""
    numbers = itertools.count(1)
    return re.sub(r"%%|%s", lambda m: "%" if m.group() == "%%" else f"${next(numbers)}", sql)


def _slot_for(param: Any, markers: list) -> _Slot | None:
    for index, marker in enumerate(markers):
        if type(param) is type(marker) and param == marker:
            return _Slot(index)
        if isinstance(marker, uuid.UUID) and param == marker.hex:
            return _Slot(index, adapt=_hex)
        if isinstance(param, type(marker)) and param == marker:
            return _Slot(index, adapt=type(param))
    return None


def _hex(value: uuid.UUID) -> str:
    return value.hex


def _results_maker(queryset: QuerySet, compiler) -> Callable[[list, str], list]:
    """What Django's ModelIterable and ValuesListIterable do with the rows, set up once."""
    if queryset._iterable_class is ValuesListIterable:
        query = queryset.query
        names = [*query.extra_select, *query.values_select, *query.annotation_select]
        if list(queryset._fields) != names:  # type: ignore[attr-defined]
            raise NotPreparable("values_list with annotations or extra columns")
        return lambda rows, db: [tuple(row) for row in rows]
    if queryset._iterable_class is not ModelIterable:
        raise NotPreparable(f"{queryset._iterable_class.__name__} is not prepared")
    select, klass_info = compiler.select, compiler.klass_info
    if compiler.annotation_col_map:
        raise NotPreparable("annotations are not prepared")
    model = klass_info["model"]
    start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
    init_list = [column[0].target.attname for column in select[start:end]]

    def make(rows: list, db: str) -> list:
        populators = get_related_populators(klass_info, select, db)
        objects = []
        for row in rows:
            obj = model.from_db(db, init_list, row[start:end])
            for populator in populators:
                populator.populate(row, obj)
            objects.append(obj)
        return objects

    return make
