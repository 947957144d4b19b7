"""county picture: return figures, reporting rules, plans as data

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 03:57:34
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('county_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deadline_day', sa.Integer(), nullable=False),
    sa.CheckConstraint('deadline_day BETWEEN 1 AND 28', name=op.f('ck_county_settings_deadline_day')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_county_settings'))
    )
    op.create_table('unit_reporting_start',
    sa.Column('unit_code', sa.String(length=12), nullable=False),
    sa.Column('first_period', sa.String(length=7), nullable=False),
    sa.Column('set_at', sa.DateTime(), nullable=False),
    sa.Column('set_by', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['unit_code'], ['unit.code'], name=op.f('fk_unit_reporting_start_unit_code_unit')),
    sa.PrimaryKeyConstraint('unit_code', name=op.f('pk_unit_reporting_start'))
    )
    op.create_table('return_figure',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('return_id', sa.Uuid(), nullable=False),
    sa.Column('dimension', sa.String(length=12), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('group_code', sa.String(length=20), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=False),
    sa.Column('women', sa.Integer(), nullable=False),
    sa.Column('sessions', sa.Integer(), nullable=False),
    sa.Column('trainees', sa.Integer(), nullable=False),
    sa.Column('low_income', sa.Integer(), nullable=False),
    sa.Column('certified', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=True),
    sa.Column('not_applicable', sa.Boolean(), nullable=False),
    sa.CheckConstraint("dimension IN ('return', 'activity', 'campaign', 'key_project', 'training', 'stock')", name=op.f('ck_return_figure_dimension')),
    sa.ForeignKeyConstraint(['return_id'], ['received_return.id'], name=op.f('fk_return_figure_return_id_received_return'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_return_figure'))
    )
    with op.batch_alter_table('return_figure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_return_figure_return_id'), ['return_id'], unique=False)
        batch_op.create_index('ix_return_figure_dimension_return', ['dimension', 'return_id'], unique=False)

    op.create_table('figure_rollup',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('scope', sa.String(length=12), nullable=False),
    sa.Column('unit_code', sa.String(length=12), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('dimension', sa.String(length=12), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('group_code', sa.String(length=20), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=False),
    sa.Column('women', sa.Integer(), nullable=False),
    sa.Column('sessions', sa.Integer(), nullable=False),
    sa.Column('trainees', sa.Integer(), nullable=False),
    sa.Column('low_income', sa.Integer(), nullable=False),
    sa.Column('certified', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=True),
    sa.Column('stated_in', sa.String(length=7), nullable=True),
    sa.CheckConstraint("scope IN ('unit_year', 'county_month')", name=op.f('ck_figure_rollup_scope')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_figure_rollup'))
    )
    with op.batch_alter_table('figure_rollup', schema=None) as batch_op:
        batch_op.create_index('ix_figure_rollup_scope_period', ['scope', 'period'], unique=False)

    op.create_table('target_entry',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('plan_code', sa.String(length=20), nullable=False),
    sa.Column('target_code', sa.String(length=40), nullable=False),
    sa.Column('part', sa.String(length=12), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('value', sa.Numeric(precision=14, scale=4), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.Column('entered_by', sa.String(length=50), nullable=False),
    sa.CheckConstraint("part IN ('value', 'numerator', 'denominator')", name=op.f('ck_target_entry_part')),
    sa.ForeignKeyConstraint(['plan_code', 'target_code'], ['plan_target.plan_code', 'plan_target.code'], name=op.f('fk_target_entry_plan_code_plan_target'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target_entry'))
    )
    op.create_table('target_share',
    sa.Column('plan_code', sa.String(length=20), nullable=False),
    sa.Column('target_code', sa.String(length=40), nullable=False),
    sa.Column('unit_code', sa.String(length=12), nullable=False),
    sa.Column('figure', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['plan_code', 'target_code'], ['plan_target.plan_code', 'plan_target.code'], name=op.f('fk_target_share_plan_code_plan_target'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_code'], ['unit.code'], name=op.f('fk_target_share_unit_code_unit')),
    sa.PrimaryKeyConstraint('plan_code', 'target_code', 'unit_code', name=op.f('pk_target_share'))
    )
    op.add_column('received_return', sa.Column('current', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute(
        "UPDATE received_return SET current = TRUE WHERE version = (SELECT MAX(newer.version) FROM received_return newer "
        "WHERE newer.unit_code = received_return.unit_code AND newer.period = received_return.period)"
    )
    op.create_index('ix_received_return_current_period', 'received_return', ['current', 'period'], unique=False)
    op.add_column('plan', sa.Column('retired', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('plan_target', sa.Column('measure', sa.Text(), nullable=True))



def downgrade() -> None:
    op.drop_index('ix_received_return_current_period', table_name='received_return')
    op.drop_column('received_return', 'current')
    op.drop_column('plan_target', 'measure')
    op.drop_column('plan', 'retired')

    op.drop_table('target_share')
    with op.batch_alter_table('figure_rollup', schema=None) as batch_op:
        batch_op.drop_index('ix_figure_rollup_scope_period')

    op.drop_table('figure_rollup')
    op.drop_table('target_entry')
    with op.batch_alter_table('return_figure', schema=None) as batch_op:
        batch_op.drop_index('ix_return_figure_dimension_return')
        batch_op.drop_index(batch_op.f('ix_return_figure_return_id'))

    op.drop_table('return_figure')
    op.drop_table('unit_reporting_start')
    op.drop_table('county_settings')
