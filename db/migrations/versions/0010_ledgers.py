"""ledgers: the clerk's choices for each shape of hand-kept ledger, and the units' ledgers the county brings in

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 09:00:00

A ledger (台账) is brought in under the clerk's choices (which column is which field, which form each form word
is, the target groups …). They are saved by the ledger's shape (its kind and headers, column by column) so that
the next ledger of the same shape is offered the same choices.

At the county, a unit's ledger for the months before it used KeSu is kept apart from the signed returns: the
import (file, SHA-256, who, when), its records as a return's payload would carry them (with the sheet and row
each came from), and the one aggregation of each month's records, cell by cell as a return's figures are
held, for the evaluation to add where no return covers the month.
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
    op.create_table(
        'ledger_import',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('unit_code', sa.String(length=12), nullable=False),
        sa.Column('file', sa.Text(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('imported_at', sa.DateTime(), nullable=False),
        sa.Column('actor', sa.String(length=50), nullable=False),
        sa.Column('records', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['unit_code'], ['unit.code'], name=op.f('fk_ledger_import_unit_code_unit')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_import')),
    )
    op.create_index(op.f('ix_ledger_import_unit_code'), 'ledger_import', ['unit_code'], unique=False)
    op.create_table(
        'ledger_figure',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('import_id', sa.Uuid(), nullable=False),
        sa.Column('unit_code', sa.String(length=20), nullable=False),
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
        sa.CheckConstraint(
            "dimension IN ('return', 'activity', 'campaign', 'key_project', 'major', 'training')",
            name=op.f('ck_ledger_figure_dimension'),
        ),
        sa.ForeignKeyConstraint(
            ['import_id'],
            ['ledger_import.id'],
            name=op.f('fk_ledger_figure_import_id_ledger_import'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_figure')),
    )
    op.create_index(op.f('ix_ledger_figure_import_id'), 'ledger_figure', ['import_id'], unique=False)
    op.create_index('ix_ledger_figure_period', 'ledger_figure', ['period', 'unit_code'], unique=False)
    op.create_table(
        'ledger_record',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('import_id', sa.Uuid(), nullable=False),
        sa.Column('unit_code', sa.String(length=20), nullable=False),
        sa.Column('record_type', sa.String(length=10), nullable=False),
        sa.Column('title', sa.Text(), nullable=False),
        sa.Column('start_date', sa.Date(), nullable=False),
        sa.Column('end_date', sa.Date(), nullable=False),
        sa.Column('sheet', sa.Text(), nullable=False),
        sa.Column('row', sa.Integer(), nullable=False),
        sa.Column('data', sa.Text(), nullable=False),
        sa.CheckConstraint("record_type IN ('activity', 'training')", name=op.f('ck_ledger_record_record_type')),
        sa.ForeignKeyConstraint(
            ['import_id'],
            ['ledger_import.id'],
            name=op.f('fk_ledger_record_import_id_ledger_import'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_record')),
    )
    op.create_index(op.f('ix_ledger_record_import_id'), 'ledger_record', ['import_id'], unique=False)
    op.create_index('ix_ledger_record_unit_start', 'ledger_record', ['unit_code', 'start_date'], unique=False)


def downgrade() -> None:
    for table in ('ledger_record', 'ledger_figure', 'ledger_import', 'ledger_mapping'):
        op.drop_table(table)
