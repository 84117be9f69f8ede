"""The stored figures (`FigurePart`): triggers that keep them in step with the results, rebuild and check.

The triggers live in the database, so that every write changing a result updates the sums
in its own transaction, whichever way it comes: a form or the workflow (one row), an
import's `bulk_create` and `bulk_update`, `QuerySet.update()`, a delete, or an
`INSERT ... SELECT` written by hand. SQLite runs them per row; PostgreSQL per statement,
over the statement's transition tables, so that a bulk write costs one aggregate upsert.
A change of an operation's programme moves its results' sums between programmes.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.db import connection as default_connection

RESULTS = "measures_result"
OPERATIONS = "measures_operation"
PARTS = "measures_figurepart"
VERIFIED = "verified"
MORE_THAN = "more_than"
ABOUT = "about"

KEY = (
    "indicator_id",
    "year",
    "status",
    "is_total",
    "programme_key",
    "operation_programme_key",
    "state_id",
    "body_id",
)
SUMS = ("row_count", "value_sum", "more_count", "about_count")
COLUMNS = ", ".join(KEY + SUMS)
GROUP_BY = ", ".join(str(n) for n in range(1, len(KEY) + 1))
KEY_LIST = ", ".join(KEY)


def _key_exprs(row: str, operation_programme: str) -> list[str]:
    """The stored key of a result row `row` (an alias, NEW or OLD), as SQL expressions."""
    return [
        f"{row}.indicator_id",
        f"{row}.year",
        f"{row}.status",
        f"({row}.state_id IS NULL AND {row}.body_id IS NULL AND {row}.operation_id IS NULL)",
        f"COALESCE({row}.programme_id, 0)",
        f"COALESCE({operation_programme}, 0)",
        # Verified rows are summed over every state and body: the pages never ask for them apart.
        f"CASE WHEN {row}.status = '{VERIFIED}' THEN 0 ELSE COALESCE({row}.state_id, 0) END",
        f"CASE WHEN {row}.status = '{VERIFIED}' THEN 0 ELSE COALESCE({row}.body_id, 0) END",
    ]


def _flag(row: str, qualifier: str) -> str:
    return f"CASE WHEN {row}.qualifier = '{qualifier}' THEN 1 ELSE 0 END"


def aggregate_sql(source: str, where: str = "1 = 1") -> str:
    """SELECT of the stored rows (key, then sums) of the results in `source`, grouped by key."""
    keys = ", ".join(_key_exprs("r", "o.programme_id"))
    return (
        f"SELECT {keys}, COUNT(*), SUM(r.value), SUM({_flag('r', MORE_THAN)}), SUM({_flag('r', ABOUT)}) "
        f"FROM {source} r LEFT JOIN {OPERATIONS} o ON o.id = r.operation_id "
        f"WHERE {where} GROUP BY {GROUP_BY}"
    )


UPSERT = f"ON CONFLICT ({KEY_LIST}) DO UPDATE SET " + ", ".join(
    f"{column} = {PARTS}.{column} + excluded.{column}" for column in SUMS
)
DELETE_EMPTY = f"DELETE FROM {PARTS} WHERE row_count = 0"


def _row_key_match(row: str) -> str:
    operation_programme = f"(SELECT programme_id FROM {OPERATIONS} WHERE id = {row}.operation_id)"
    return " AND ".join(
        f"{column} = {expr}" for column, expr in zip(KEY, _key_exprs(row, operation_programme), strict=True)
    )


def _sqlite_add(row: str) -> str:
    operation_programme = f"(SELECT programme_id FROM {OPERATIONS} WHERE id = {row}.operation_id)"
    values = ", ".join(
        [*_key_exprs(row, operation_programme), "1", f"{row}.value", _flag(row, MORE_THAN), _flag(row, ABOUT)]
    )
    return f"INSERT INTO {PARTS} ({COLUMNS}) VALUES ({values}) {UPSERT};"


def _sqlite_subtract(row: str) -> str:
    return (
        f"UPDATE {PARTS} SET row_count = row_count - 1, value_sum = value_sum - {row}.value, "
        f"more_count = more_count - {_flag(row, MORE_THAN)}, about_count = about_count - {_flag(row, ABOUT)} "
        f"WHERE {_row_key_match(row)}; "
        f"DELETE FROM {PARTS} WHERE row_count = 0 AND {_row_key_match(row)};"
    )


# The columns whose change moves a result's sums; a change of its notes alone costs nothing.
COUNTED = (
    "indicator_id",
    "year",
    "status",
    "programme_id",
    "operation_id",
    "state_id",
    "body_id",
    "value",
    "qualifier",
)


def _recompute_for_operation(operation: str) -> str:
    """Delete and recompute the sums of every indicator and year that the operation's results touch."""
    touched = f"SELECT indicator_id, year FROM {RESULTS} WHERE operation_id = {operation}.id"
    return (
        f"DELETE FROM {PARTS} WHERE (indicator_id, year) IN ({touched}); "
        f"INSERT INTO {PARTS} ({COLUMNS}) "
        f"{aggregate_sql(RESULTS, f'(r.indicator_id, r.year) IN ({touched})')};"
    )


SQLITE_TRIGGERS = {
    "result_figures_insert": f"""
        CREATE TRIGGER result_figures_insert AFTER INSERT ON {RESULTS}
        BEGIN {_sqlite_add("NEW")} END""",
    "result_figures_delete": f"""
        CREATE TRIGGER result_figures_delete AFTER DELETE ON {RESULTS}
        BEGIN {_sqlite_subtract("OLD")} END""",
    "result_figures_update": f"""
        CREATE TRIGGER result_figures_update AFTER UPDATE ON {RESULTS}
        WHEN {" OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in COUNTED)}
        BEGIN {_sqlite_subtract("OLD")} {_sqlite_add("NEW")} END""",
    "operation_figures_programme": f"""
        CREATE TRIGGER operation_figures_programme AFTER UPDATE OF programme_id ON {OPERATIONS}
        WHEN OLD.programme_id IS NOT NEW.programme_id
        BEGIN {_recompute_for_operation("NEW")} END""",
}


def _pg_add(source: str) -> str:
    return f"INSERT INTO {PARTS} ({COLUMNS}) {aggregate_sql(source)} ORDER BY {GROUP_BY} {UPSERT};"


def _pg_subtract(source: str) -> str:
    match = " AND ".join(f"f.{column} = d.{column}" for column in KEY)
    return (
        f"UPDATE {PARTS} f SET "
        + ", ".join(f"{column} = f.{column} - d.{column}" for column in SUMS)
        + f" FROM ({aggregate_sql(source)}) AS d ({COLUMNS}) WHERE {match}; {DELETE_EMPTY};"
    )


_PG_CHANGED = (
    "(SELECT {side}.* FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE ("
    + ", ".join(f"o.{c}" for c in COUNTED)
    + ") IS DISTINCT FROM ("
    + ", ".join(f"n.{c}" for c in COUNTED)
    + "))"
)

POSTGRES_FUNCTIONS = {
    "result_figures_inserted": _pg_add("new_rows"),
    "result_figures_deleted": _pg_subtract("old_rows"),
    "result_figures_updated": _pg_subtract(_PG_CHANGED.format(side="o"))
    + _pg_add(_PG_CHANGED.format(side="n")),
    "operation_figures_programme": (
        "IF OLD.programme_id IS DISTINCT FROM NEW.programme_id THEN "
        f"{_recompute_for_operation('NEW')} END IF;"
    ),
}
_EACH = "FOR EACH STATEMENT"
POSTGRES_TRIGGERS = {
    "result_figures_inserted": f"AFTER INSERT ON {RESULTS} REFERENCING NEW TABLE AS new_rows {_EACH}",
    "result_figures_deleted": f"AFTER DELETE ON {RESULTS} REFERENCING OLD TABLE AS old_rows {_EACH}",
    "result_figures_updated": (
        f"AFTER UPDATE ON {RESULTS} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows {_EACH}"
    ),
    "operation_figures_programme": f"AFTER UPDATE OF programme_id ON {OPERATIONS} FOR EACH ROW",
}
POSTGRES_TABLES = {
    "result_figures_inserted": RESULTS,
    "result_figures_deleted": RESULTS,
    "result_figures_updated": RESULTS,
    "operation_figures_programme": OPERATIONS,
}


def install_triggers(connection=default_connection) -> bool:
    """(Re)create the triggers; False, doing nothing, while the stored table does not exist yet.

    Run by the migration that creates the table and after every `migrate`: SQLite drops a
    table's triggers when a later migration rebuilds that table to alter it.
    """
    with connection.cursor() as cursor:
        if PARTS not in connection.introspection.table_names(cursor):
            return False
        if connection.vendor == "sqlite":
            for name, sql in SQLITE_TRIGGERS.items():
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
                cursor.execute(sql)
        elif connection.vendor == "postgresql":
            for name, body in POSTGRES_FUNCTIONS.items():
                table = POSTGRES_TABLES[name]
                cursor.execute(
                    f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$ "
                    f"BEGIN {body} RETURN NULL; END; $$ LANGUAGE plpgsql"
                )
                cursor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
                cursor.execute(f"CREATE TRIGGER {name} {POSTGRES_TRIGGERS[name]} EXECUTE FUNCTION {name}()")
        else:
            raise NotImplementedError(f"stored figures need triggers written for {connection.vendor}")
    return True


def drop_triggers(connection=default_connection) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for name in SQLITE_TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
        elif connection.vendor == "postgresql":
            for name, table in POSTGRES_TABLES.items():
                cursor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
                cursor.execute(f"DROP FUNCTION IF EXISTS {name}()")


def triggers_installed(connection=default_connection) -> bool:
    """Whether every trigger is in place (a check for the command and the tests)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            expected = set(SQLITE_TRIGGERS)
        else:
            cursor.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
            expected = set(POSTGRES_TRIGGERS)
        return expected <= {row[0] for row in cursor.fetchall()}


def rebuild(connection=default_connection) -> int:
    """Recompute every stored row from the results, in one statement; the number of rows stored."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {PARTS}")
        cursor.execute(f"INSERT INTO {PARTS} ({COLUMNS}) {aggregate_sql(RESULTS)}")
        cursor.execute(f"SELECT COUNT(*) FROM {PARTS}")
        return cursor.fetchone()[0]


@dataclass(frozen=True)
class Difference:
    """A stored row that disagrees with the recomputation: its key, and both sides' sums (None: no row)."""

    key: tuple
    stored: tuple | None
    recomputed: tuple | None

    def describe(self, indicator_codes: dict[int, str]) -> str:
        named = dict(zip(KEY, self.key, strict=True))
        named["indicator"] = indicator_codes.get(named.pop("indicator_id"), "?")
        where = ", ".join(f"{name}={value}" for name, value in named.items())

        def sums(side):
            return (
                "no row" if side is None else ", ".join(f"{n}={v}" for n, v in zip(SUMS, side, strict=True))
            )

        return f"{where}: stored {sums(self.stored)}; recomputed {sums(self.recomputed)}"


def _normalized(rows) -> dict[tuple, tuple]:
    out = {}
    for row in rows:
        key = (*row[:3], bool(row[3]), *row[4 : len(KEY)])
        count, value, more, about = row[len(KEY) :]
        out[key] = (int(count), Decimal(str(value)).quantize(Decimal("0.001")), int(more), int(about))
    return out


def differences(connection=default_connection) -> list[Difference]:
    """Every stored row that differs from what the results give, and every missing one."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {COLUMNS} FROM {PARTS}")
        stored = _normalized(cursor.fetchall())
        cursor.execute(aggregate_sql(RESULTS))
        recomputed = _normalized(cursor.fetchall())
    return [
        Difference(key=key, stored=stored.get(key), recomputed=recomputed.get(key))
        for key in sorted(stored.keys() | recomputed.keys(), key=repr)
        if stored.get(key) != recomputed.get(key)
    ]
