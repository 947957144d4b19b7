"""signing key and return versions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 18:30:25.907821
"""

from collections.abc import Sequence

from datetime import datetime

import sqlalchemy as sa
from alembic import op
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('signing_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('private_key', sa.LargeBinary(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_signing_key_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signing_key'))
    )
    op.create_table('return_version',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('unit_code', sa.String(length=12), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('exported_by', sa.String(length=50), nullable=False),
    sa.Column('fingerprint', sa.String(length=40), nullable=False),
    sa.Column('files', sa.Text(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('reopened_at', sa.DateTime(), nullable=True),
    sa.Column('reopened_by', sa.String(length=50), nullable=True),
    sa.Column('reopen_reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['unit_code'], ['unit.code'], name=op.f('fk_return_version_unit_code_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_return_version')),
    sa.UniqueConstraint('unit_code', 'period', 'version', name=op.f('uq_return_version_unit_code'))
    )
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT COUNT(*) FROM installation")).scalar():
        key = Ed25519PrivateKey.generate().private_bytes_raw()
        connection.execute(
            sa.text("INSERT INTO signing_key (id, private_key, created_at) VALUES (1, :key, :now)"),
            {"key": key, "now": datetime.now()},
        )


def downgrade() -> None:
    op.drop_table('return_version')
    op.drop_table('signing_key')
