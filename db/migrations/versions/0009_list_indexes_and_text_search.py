"""list indexes and text search: the record lists served by indexes, free text by FTS5 trigram tables

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 07:00:00

Each record table gains one index in the list's filter and order (unit, bin, date, id) that also carries what its
filters and totals read, replacing the index on the unit alone (a prefix of it), and one for the list sorted by
title. The free-text search of the lists
(title, venue, organiser or organisation, notes) gets an FTS5 table per record table with the trigram tokenizer,
which finds any run of three or more characters, Chinese included. The search tables are external-content
tables over the record tables (they hold the index, not a second copy of the text), keyed by the record's rowid
and kept up to date by the triggers below; :func:`kesu_desktop.store.database.migrate` rebuilds them after every
migration, since rebuilding a table (``batch_alter_table``) or ``VACUUM`` may give the records new rowids.
"""

from collections.abc import Sequence

from alembic import op

from db.search_tables import search_triggers

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SEARCHED = {
    'activity': ('title', 'venue', 'organiser', 'notes'),
    'training': ('title', 'venue', 'organisation', 'notes'),
}


def _search_triggers(table: str, columns: tuple[str, ...]) -> dict[str, str]:
    search = f'{table}_search'
    names = ', '.join(columns)
    new = ', '.join(f'new.{column}' for column in columns)
    old = ', '.join(f'old.{column}' for column in columns)
    add = f"INSERT INTO {search}(rowid, {names}) VALUES (new.rowid, {new});"
    remove = f"INSERT INTO {search}({search}, rowid, {names}) VALUES ('delete', old.rowid, {old});"
    return search_triggers(search, table, add, remove)


# Not guards of the history: they keep the search tables true to the records. ``check`` compares them with these
# definitions and the search tables with the records.
SEARCH_TRIGGERS = {
    name: sql for table, columns in _SEARCHED.items() for name, sql in _search_triggers(table, columns).items()
}

_ORDER = ('unit_code', 'deleted_at', 'start_date', 'id')
_LIST_INDEXES = {
    'activity': (*_ORDER, 'form_code', 'campaign_code', 'participants', 'women', 'volunteers', 'materials'),
    'training': (*_ORDER, 'kind_code', 'target_group_code', 'sessions', 'trainees', 'women', 'low_income', 'certified'),
}


def upgrade() -> None:
    for table, columns in _LIST_INDEXES.items():
        op.drop_index(f'ix_{table}_unit_code', table_name=table)
        op.create_index(f'ix_{table}_list', table, list(columns))
        op.create_index(f'ix_{table}_title', table, ['unit_code', 'deleted_at', 'title', 'id'])
    if op.get_bind().dialect.name != 'sqlite':
        return  # FTS5 is SQLite's; the search serves a township's lists, whose store is always SQLite
    for table, columns in _SEARCHED.items():
        search = f'{table}_search'
        op.execute(
            f"CREATE VIRTUAL TABLE {search} USING fts5({', '.join(columns)}, "
            f"content='{table}', content_rowid='rowid', tokenize='trigram')"
        )
        op.execute(f"INSERT INTO {search}({search}) VALUES ('rebuild')")
    for trigger in SEARCH_TRIGGERS.values():
        op.execute(trigger)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for name in SEARCH_TRIGGERS:
            op.execute(f'DROP TRIGGER {name}')
        for table in _SEARCHED:
            op.execute(f'DROP TABLE {table}_search')
    for table in _LIST_INDEXES:
        op.drop_index(f'ix_{table}_title', table_name=table)
        op.drop_index(f'ix_{table}_list', table_name=table)
        op.create_index(f'ix_{table}_unit_code', table, ['unit_code'])
