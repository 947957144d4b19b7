"""The full-text search tables of the record lists (FTS5, made by migrations 0009 and 0012): not models, so the
comparison of the models with the database (Alembic's autogenerate, and the test that the migrations match the
models) leaves them and FTS5's own tables beside them out.

The trigram tables (``activity_search``, ``training_search``) index the record tables' text as it is; the pair
tables (``activity_pairs_search``, ``training_pairs_search``) hold no text of their own (FTS5 ``content=''``)
and index every pair of adjacent characters of the same columns, one token each, so a two-character search
(most Chinese words) is an index lookup too. What they index is made here, for the triggers of migration 0012
and for the rebuild after a migration alike.
"""

from __future__ import annotations

import re

_SEARCH_TABLE = re.compile(r"^(activity|training)_(pairs_)?search(_(data|idx|content|docsize|config))?$")

SEARCHED = {
    "activity": ("title", "venue", "organiser", "notes"),
    "training": ("title", "venue", "organisation", "notes"),
}
"""The columns each record table's search looks in."""


def is_search_table(name: str | None) -> bool:
    return name is not None and _SEARCH_TABLE.match(name) is not None


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic's ``include_name`` hook: every table but the search tables."""
    return type_ != "table" or not is_search_table(name)


def search_triggers(search: str, table: str, add: str, remove: str) -> dict[str, str]:
    """The triggers that keep the search table ``search`` true to ``table``: ``add`` indexes the record ``new``,
    ``remove`` takes the record ``old`` out (an update does both, when a searched column changes)."""
    return {
        f"{search}_insert": f"""
        CREATE TRIGGER {search}_insert AFTER INSERT ON {table}
        BEGIN
            {add}
        END""",
        f"{search}_delete": f"""
        CREATE TRIGGER {search}_delete AFTER DELETE ON {table}
        BEGIN
            {remove}
        END""",
        f"{search}_update": f"""
        CREATE TRIGGER {search}_update AFTER UPDATE OF {", ".join(SEARCHED[table])} ON {table}
        BEGIN
            {remove}
            {add}
        END""",
    }


def pair_table(name: str) -> str | None:
    """The record table whose pair table ``name`` is, or None when it is not a pair table."""
    table = name.removesuffix("_pairs_search")
    return table if table != name and table in SEARCHED else None


def pairs(row: str, table: str) -> str:
    """SQL for what the pair table of ``table`` indexes of the record ``row`` (``new``, ``old`` or an alias): each
    searched column's pairs of adjacent characters separated by spaces, a line a column. The ``ascii`` tokenizer
    makes each pair one token (a pair holding an ASCII space or mark splits, and is never searched for)."""
    return " || char(10) || ".join(
        "coalesce((WITH RECURSIVE position(n) AS "
        f"(SELECT 1 UNION ALL SELECT n + 1 FROM position WHERE n < length({row}.{column}) - 1) "
        f"SELECT group_concat(substr({row}.{column}, n, 2), ' ') FROM position WHERE length({row}.{column}) > 1), '')"
        for column in SEARCHED[table]
    )


def refill_pair_table(table: str) -> tuple[str, str]:
    """The statements that empty the pair table of ``table`` and index every record of it anew."""
    search = f"{table}_pairs_search"
    return (
        f"INSERT INTO {search}({search}) VALUES ('delete-all')",
        f"INSERT INTO {search}(rowid, pairs) SELECT record.rowid, {pairs('record', table)} FROM {table} AS record",
    )
