"""two-character search: the record lists find a run of two characters through an index too

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 03:00:00

Most Chinese words are two characters long, and the trigram tables of 0009 find only runs of three or more, so a
search for 敬老 or 科普 read every record of the table. Each record table gains a pair table: FTS5 without a
copy of the text (``content=''``) indexing every pair of adjacent characters of the searched columns as one token
(``db.search_tables.pairs``; the ``ascii`` tokenizer folds ASCII case, as ``LIKE`` does), kept up to date by the
triggers below. Like the trigram tables, :func:`kesu_desktop.store.database.migrate` fills it anew after every
migration, and ``check`` compares its triggers with these definitions.
"""

from collections.abc import Sequence

from alembic import op

from db.search_tables import SEARCHED, pairs, refill_pair_table, search_triggers

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _pair_triggers(table: str) -> dict[str, str]:
    search = f'{table}_pairs_search'
    add = f"INSERT INTO {search}(rowid, pairs) VALUES (new.rowid, {pairs('new', table)});"
    remove = f"INSERT INTO {search}({search}, rowid, pairs) VALUES ('delete', old.rowid, {pairs('old', table)});"
    return search_triggers(search, table, add, remove)


# Not guards of the history: they keep the pair tables true to the records, as 0009's do the trigram tables.
SEARCH_TRIGGERS = {name: sql for table in SEARCHED for name, sql in _pair_triggers(table).items()}


def upgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return  # as 0009: the lists' search serves a township's store, which is always SQLite
    for table in SEARCHED:
        op.execute(f"CREATE VIRTUAL TABLE {table}_pairs_search USING fts5(pairs, content='', tokenize='ascii')")
        for statement in refill_pair_table(table):
            op.execute(statement)
    for trigger in SEARCH_TRIGGERS.values():
        op.execute(trigger)


def downgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    for name in SEARCH_TRIGGERS:
        op.execute(f'DROP TRIGGER {name}')
    for table in SEARCHED:
        op.execute(f'DROP TABLE {table}_pairs_search')
