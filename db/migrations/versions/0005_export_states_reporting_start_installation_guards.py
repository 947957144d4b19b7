"""export states, the month a unit starts reporting, and guards on the installation row

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 21:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.postgresql import create_guards, drop_guards, is_postgresql

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# INSERT OR REPLACE deletes the row it replaces without firing delete triggers (recursive triggers are off), so
# the one installation row is guarded against a second insert as well as against deletion.
TRIGGERS = {
    'installation_single_insert': """
        CREATE TRIGGER installation_single_insert BEFORE INSERT ON installation
        WHEN EXISTS (SELECT 1 FROM installation)
        BEGIN
            SELECT RAISE(ABORT, 'a data folder has one installation; it cannot be replaced');
        END""",
    'installation_no_delete': """
        CREATE TRIGGER installation_no_delete BEFORE DELETE ON installation
        BEGIN
            SELECT RAISE(ABORT, 'the installation of a data folder cannot be deleted');
        END""",
}


def upgrade() -> None:
    # Plain ADD COLUMN (standard SQL, with its CHECK), not a batch copy of the tables: nothing is rewritten.
    op.add_column('installation', sa.Column('reports_from', sa.String(length=7), nullable=True))
    op.execute(
        "ALTER TABLE return_version ADD COLUMN state VARCHAR(10) DEFAULT 'exported' NOT NULL "
        "CONSTRAINT state CHECK (state IN ('pending', 'exported', 'abandoned'))"
    )
    if is_postgresql():
        create_guards(list(TRIGGERS))
        return
    for trigger in TRIGGERS.values():
        op.execute(trigger)


def downgrade() -> None:
    if is_postgresql():
        drop_guards(list(TRIGGERS))
    else:
        for name in TRIGGERS:
            op.execute(f'DROP TRIGGER {name}')
    with op.batch_alter_table('return_version', schema=None) as batch_op:
        batch_op.drop_column('state')
    with op.batch_alter_table('installation', schema=None) as batch_op:
        batch_op.drop_column('reports_from')
