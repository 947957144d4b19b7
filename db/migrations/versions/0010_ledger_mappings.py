"""ledger mappings: the clerk's choices for each shape of hand-kept ledger, offered again for the next one

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 09:00:00

A ledger (台账) is brought in under the clerk's choices (which column is which field, which form each form word
is, the target groups …). They are saved by the ledger's shape (its kind and headers, column by column) so that
the next ledger of the same shape is offered the same choices.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'ledger_mapping',
        sa.Column('shape', sa.Text(), nullable=False),
        sa.Column('entry', sa.Text(), nullable=False),
        sa.Column('saved_at', sa.DateTime(), nullable=False),
        sa.Column('saved_by', sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint('shape', name=op.f('pk_ledger_mapping')),
    )


def downgrade() -> None:
    op.drop_table('ledger_mapping')
