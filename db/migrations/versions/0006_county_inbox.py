"""county inbox: received returns, imports, unit keys

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 00:54:09
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('county_import',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=50), nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.Column('undone_by', sa.String(length=50), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_county_import'))
    )
    op.create_table('import_file',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('import_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('file', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('unit_code', sa.String(length=20), nullable=True),
    sa.Column('unit_name', sa.String(length=100), nullable=True),
    sa.Column('period', sa.String(length=10), nullable=True),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('fingerprint', sa.String(length=64), nullable=True),
    sa.Column('key_fingerprint', sa.String(length=64), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('activities', sa.Integer(), nullable=False),
    sa.Column('trainings', sa.Integer(), nullable=False),
    sa.Column('early', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['import_id'], ['county_import.id'], name=op.f('fk_import_file_import_id_county_import')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_file')),
    sa.UniqueConstraint('import_id', 'position', name=op.f('uq_import_file_import_id'))
    )
    op.create_table('received_return',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('import_id', sa.Uuid(), nullable=False),
    sa.Column('unit_code', sa.String(length=12), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('return_id', sa.String(length=36), nullable=False),
    sa.Column('format_version', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('public_key', sa.Text(), nullable=False),
    sa.Column('signature', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('source_path', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('early', sa.Boolean(), nullable=False),
    sa.Column('demo', sa.Boolean(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['import_id'], ['county_import.id'], name=op.f('fk_received_return_import_id_county_import')),
    sa.ForeignKeyConstraint(['unit_code'], ['unit.code'], name=op.f('fk_received_return_unit_code_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_received_return')),
    sa.UniqueConstraint('unit_code', 'period', 'version', name=op.f('uq_received_return_unit_code'))
    )
    with op.batch_alter_table('received_return', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_received_return_import_id'), ['import_id'], unique=False)

    op.create_table('unit_key',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('unit_code', sa.String(length=12), nullable=False),
    sa.Column('public_key', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('first_seen_at', sa.DateTime(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('decided_by', sa.String(length=50), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('import_id', sa.Uuid(), nullable=True),
    sa.Column('seen_in', sa.Uuid(), nullable=True),
    sa.CheckConstraint("state IN ('pending', 'pinned', 'retired', 'revoked')", name=op.f('ck_unit_key_state')),
    sa.ForeignKeyConstraint(['import_id'], ['county_import.id'], name=op.f('fk_unit_key_import_id_county_import')),
    sa.ForeignKeyConstraint(['seen_in'], ['county_import.id'], name=op.f('fk_unit_key_seen_in_county_import')),
    sa.ForeignKeyConstraint(['unit_code'], ['unit.code'], name=op.f('fk_unit_key_unit_code_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_key')),
    sa.UniqueConstraint('unit_code', 'public_key', name=op.f('uq_unit_key_unit_code'))
    )
    with op.batch_alter_table('unit_key', schema=None) as batch_op:
        batch_op.create_index('ix_unit_key_one_pinned', ['unit_code'], unique=True, sqlite_where=sa.text("state = 'pinned'"), postgresql_where=sa.text("state = 'pinned'"))

    op.create_table('received_record',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('return_id', sa.Uuid(), nullable=False),
    sa.Column('record_type', sa.String(length=10), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.CheckConstraint("record_type IN ('activity', 'training')", name=op.f('ck_received_record_record_type')),
    sa.ForeignKeyConstraint(['return_id'], ['received_return.id'], name=op.f('fk_received_record_return_id_received_return'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_received_record')),
    sa.UniqueConstraint('return_id', 'record_id', name=op.f('uq_received_record_return_id'))
    )


def downgrade() -> None:
    op.drop_table('received_record')
    with op.batch_alter_table('unit_key', schema=None) as batch_op:
        batch_op.drop_index('ix_unit_key_one_pinned', sqlite_where=sa.text("state = 'pinned'"))

    op.drop_table('unit_key')
    with op.batch_alter_table('received_return', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_received_return_import_id'))

    op.drop_table('received_return')
    op.drop_table('import_file')
    op.drop_table('county_import')
