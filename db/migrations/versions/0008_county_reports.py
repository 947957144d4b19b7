"""county reports: issued reports, the county's own words, the survey mapping, major events held

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 09:00:00

The figures held beside each return gain a dimension (``major``: the major events of the national survey's
rows), so every held return's figures and the rollups are emptied here and stored again from the returns
themselves when the county folder next opens (``fill_missing_figures``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_DIMENSIONS = "dimension IN ('return', 'activity', 'campaign', 'key_project', 'training', 'stock')"
_NEW_DIMENSIONS = "dimension IN ('return', 'activity', 'campaign', 'key_project', 'major', 'training', 'stock')"


def _dimensions(check: str) -> None:
    with op.batch_alter_table('return_figure', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_return_figure_dimension'), type_='check')
        batch_op.create_check_constraint('dimension', check)


def upgrade() -> None:
    op.create_table('issued_report',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('scope', sa.String(length=12), nullable=False),
    sa.Column('made_at', sa.DateTime(), nullable=False),
    sa.Column('made_by', sa.String(length=50), nullable=False),
    sa.Column('fingerprint', sa.String(length=19), nullable=False),
    sa.Column('key_fingerprint', sa.String(length=9), nullable=False),
    sa.Column('folder', sa.Text(), nullable=False),
    sa.Column('files', sa.Text(), nullable=False),
    sa.CheckConstraint("kind IN ('consolidated', 'targets', 'evaluation', 'survey', 'scorecard')", name=op.f('ck_issued_report_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_report'))
    )
    op.create_table('report_text',
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('scope', sa.String(length=12), nullable=False),
    sa.Column('key', sa.String(length=30), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=50), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'scope', 'key', name=op.f('pk_report_text'))
    )
    op.create_table('survey_mapping',
    sa.Column('source', sa.String(length=14), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('row_code', sa.String(length=30), nullable=False),
    sa.Column('set_at', sa.DateTime(), nullable=False),
    sa.Column('set_by', sa.String(length=50), nullable=False),
    sa.CheckConstraint("source IN ('activity_form', 'training_kind')", name=op.f('ck_survey_mapping_source')),
    sa.PrimaryKeyConstraint('source', 'code', name=op.f('pk_survey_mapping'))
    )
    op.execute("DELETE FROM figure_rollup")
    op.execute("DELETE FROM return_figure")
    _dimensions(_NEW_DIMENSIONS)


def downgrade() -> None:
    op.execute("DELETE FROM return_figure WHERE dimension = 'major'")
    _dimensions(_OLD_DIMENSIONS)
    op.drop_table('survey_mapping')
    op.drop_table('report_text')
    op.drop_table('issued_report')
