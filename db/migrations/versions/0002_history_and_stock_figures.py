"""change history and period-end figures

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 18:23:12.039983
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('change_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('record_type', sa.String(length=20), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('actor', sa.String(length=50), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_log_record_id'), ['record_id'], unique=False)

    op.create_table('stock_indicator',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name_zh', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('measure_unit', sa.String(length=20), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_stock_indicator'))
    )
    op.create_table('stock_figure',
    sa.Column('unit_code', sa.String(length=12), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('indicator_code', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Integer(), nullable=True),
    sa.Column('not_applicable', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('(not_applicable AND value IS NULL) OR (NOT not_applicable AND value IS NOT NULL)', name=op.f('ck_stock_figure_state')),
    sa.CheckConstraint('value >= 0', name=op.f('ck_stock_figure_value')),
    sa.ForeignKeyConstraint(['indicator_code'], ['stock_indicator.code'], name=op.f('fk_stock_figure_indicator_code_stock_indicator')),
    sa.ForeignKeyConstraint(['unit_code'], ['unit.code'], name=op.f('fk_stock_figure_unit_code_unit')),
    sa.PrimaryKeyConstraint('unit_code', 'period', 'indicator_code', name=op.f('pk_stock_figure'))
    )


def downgrade() -> None:
    op.drop_table('stock_figure')
    op.drop_table('stock_indicator')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_log_record_id'))

    op.drop_table('change_log')
