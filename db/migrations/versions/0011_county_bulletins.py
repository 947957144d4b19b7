"""county bulletins: the returns the county sends back, and at a township the county's pinned key and its bulletins

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 10:00:00

The road back from the county runs on the same stick as the returns: the county writes each unit a signed
bulletin (receipts of its returns, the returns sent back with the reason, its target shares, a notice). The county
keeps what it sent back (``send_back``); a township pins the county's key at the first bulletin (``county_key``)
and keeps every bulletin it applied (``county_bulletin``), so that an apply can be undone.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'send_back',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('unit_code', sa.String(length=12), nullable=False),
        sa.Column('period', sa.String(length=7), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('fingerprint', sa.String(length=64), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=False),
        sa.Column('sent_by', sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(['unit_code'], ['unit.code'], name=op.f('fk_send_back_unit_code_unit')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_send_back')),
        sa.UniqueConstraint('unit_code', 'period', 'version', name=op.f('uq_send_back_unit_code')),
    )
    op.create_table(
        'county_key',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('public_key', sa.Text(), nullable=False),
        sa.Column('fingerprint', sa.String(length=20), nullable=False),
        sa.Column('pinned_at', sa.DateTime(), nullable=False),
        sa.Column('pinned_by', sa.String(length=50), nullable=False),
        sa.CheckConstraint('id = 1', name=op.f('ck_county_key_single_row')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_county_key')),
    )
    op.create_table(
        'county_bulletin',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('issued_at', sa.DateTime(), nullable=False),
        sa.Column('fingerprint', sa.String(length=20), nullable=False),
        sa.Column('payload', sa.Text(), nullable=False),
        sa.Column('applied_at', sa.DateTime(), nullable=False),
        sa.Column('applied_by', sa.String(length=50), nullable=False),
        sa.Column('undone_at', sa.DateTime(), nullable=True),
        sa.Column('undone_by', sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_county_bulletin')),
    )


def downgrade() -> None:
    for table in ('county_bulletin', 'county_key', 'send_back'):
        op.drop_table(table)
