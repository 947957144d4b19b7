"""password, idle lock and an append-only change history

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 21:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.postgresql import create_guards, drop_guards, is_postgresql

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A demo folder may replace its generated history (fill_demo); is_demo is therefore frozen once stored.
TRIGGERS = {
    'change_log_no_update': """
        CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
        BEGIN
            SELECT RAISE(ABORT, 'the change history cannot be changed');
        END""",
    'change_log_no_delete': """
        CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
        WHEN NOT EXISTS (SELECT 1 FROM installation WHERE is_demo = 1)
        BEGIN
            SELECT RAISE(ABORT, 'the change history cannot be deleted');
        END""",
    'installation_is_demo_fixed': """
        CREATE TRIGGER installation_is_demo_fixed BEFORE UPDATE OF is_demo ON installation
        WHEN NEW.is_demo IS NOT OLD.is_demo
        BEGIN
            SELECT RAISE(ABORT, 'whether a data folder is a demo cannot be changed');
        END""",
}


def upgrade() -> None:
    with op.batch_alter_table('installation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('password_hash', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('lock_after_minutes', sa.Integer(), server_default='10', nullable=False))
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
    with op.batch_alter_table('installation', schema=None) as batch_op:
        batch_op.drop_column('lock_after_minutes')
        batch_op.drop_column('password_hash')
