"""initial schema: reference data, installation, activities and trainings

Revision ID: 0001
Revises:
Create Date: 2026-11-29 18:14:54.823551
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('activity_form',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name_zh', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('national_row', sa.String(length=30), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_activity_form'))
    )
    op.create_table('campaign',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name_zh', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('usual_month', sa.Integer(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_campaign'))
    )
    op.create_table('key_project',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name_zh', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_key_project'))
    )
    op.create_table('plan',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('document_no', sa.String(length=200), nullable=False),
    sa.Column('start_year', sa.Integer(), nullable=False),
    sa.Column('end_year', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_plan'))
    )
    op.create_table('target_group',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name_zh', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_target_group'))
    )
    op.create_table('unit',
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_unit'))
    )
    op.create_table('activity',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('unit_code', sa.String(length=12), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('form_code', sa.String(length=20), nullable=False),
    sa.Column('campaign_code', sa.String(length=20), nullable=True),
    sa.Column('key_project_code', sa.String(length=20), nullable=True),
    sa.Column('venue', sa.String(length=200), nullable=False),
    sa.Column('organiser', sa.String(length=200), nullable=False),
    sa.Column('partners', sa.String(length=300), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=True),
    sa.Column('women', sa.Integer(), nullable=True),
    sa.Column('volunteers', sa.Integer(), nullable=True),
    sa.Column('materials', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_activity_dates')),
    sa.CheckConstraint('materials >= 0', name=op.f('ck_activity_materials')),
    sa.CheckConstraint('participants >= 0', name=op.f('ck_activity_participants')),
    sa.CheckConstraint('volunteers >= 0', name=op.f('ck_activity_volunteers')),
    sa.CheckConstraint('women >= 0 AND women <= participants', name=op.f('ck_activity_women')),
    sa.ForeignKeyConstraint(['campaign_code'], ['campaign.code'], name=op.f('fk_activity_campaign_code_campaign')),
    sa.ForeignKeyConstraint(['form_code'], ['activity_form.code'], name=op.f('fk_activity_form_code_activity_form')),
    sa.ForeignKeyConstraint(['key_project_code'], ['key_project.code'], name=op.f('fk_activity_key_project_code_key_project')),
    sa.ForeignKeyConstraint(['unit_code'], ['unit.code'], name=op.f('fk_activity_unit_code_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity'))
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_start_date'), ['start_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_unit_code'), ['unit_code'], unique=False)

    op.create_table('installation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('installation_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('unit_code', sa.String(length=12), nullable=False),
    sa.Column('clerk_name', sa.String(length=50), nullable=False),
    sa.Column('clerk_phone', sa.String(length=30), nullable=False),
    sa.Column('reviewer_name', sa.String(length=50), nullable=False),
    sa.Column('responsible_name', sa.String(length=50), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=False),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("role IN ('unit', 'county')", name=op.f('ck_installation_role')),
    sa.CheckConstraint('id = 1', name=op.f('ck_installation_single_row')),
    sa.ForeignKeyConstraint(['unit_code'], ['unit.code'], name=op.f('fk_installation_unit_code_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_installation'))
    )
    op.create_table('plan_target',
    sa.Column('plan_code', sa.String(length=20), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name_zh', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('comparison', sa.String(length=2), nullable=False),
    sa.Column('figure', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('measure_unit', sa.String(length=20), nullable=False),
    sa.Column('target_group_code', sa.String(length=20), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_code'], ['plan.code'], name=op.f('fk_plan_target_plan_code_plan')),
    sa.ForeignKeyConstraint(['target_group_code'], ['target_group.code'], name=op.f('fk_plan_target_target_group_code_target_group')),
    sa.PrimaryKeyConstraint('plan_code', 'code', name=op.f('pk_plan_target'))
    )
    op.create_table('training_kind',
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name_zh', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('target_group_code', sa.String(length=20), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['target_group_code'], ['target_group.code'], name=op.f('fk_training_kind_target_group_code_target_group')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_training_kind'))
    )
    op.create_table('activity_target_group',
    sa.Column('activity_id', sa.Uuid(), nullable=False),
    sa.Column('target_group_code', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_target_group_activity_id_activity'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_group_code'], ['target_group.code'], name=op.f('fk_activity_target_group_target_group_code_target_group')),
    sa.PrimaryKeyConstraint('activity_id', 'target_group_code', name=op.f('pk_activity_target_group'))
    )
    op.create_table('training',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('unit_code', sa.String(length=12), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('kind_code', sa.String(length=30), nullable=False),
    sa.Column('target_group_code', sa.String(length=20), nullable=False),
    sa.Column('venue', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('sessions', sa.Integer(), nullable=True),
    sa.Column('trainees', sa.Integer(), nullable=True),
    sa.Column('women', sa.Integer(), nullable=True),
    sa.Column('low_income', sa.Integer(), nullable=True),
    sa.Column('certified', sa.Integer(), nullable=True),
    sa.Column('hours', sa.Numeric(precision=6, scale=1), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('certified >= 0 AND certified <= trainees', name=op.f('ck_training_certified')),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_training_dates')),
    sa.CheckConstraint('hours >= 0', name=op.f('ck_training_hours')),
    sa.CheckConstraint('low_income >= 0 AND low_income <= trainees', name=op.f('ck_training_low_income')),
    sa.CheckConstraint('sessions >= 0', name=op.f('ck_training_sessions')),
    sa.CheckConstraint('trainees >= 0', name=op.f('ck_training_trainees')),
    sa.CheckConstraint('women >= 0 AND women <= trainees', name=op.f('ck_training_women')),
    sa.ForeignKeyConstraint(['kind_code'], ['training_kind.code'], name=op.f('fk_training_kind_code_training_kind')),
    sa.ForeignKeyConstraint(['target_group_code'], ['target_group.code'], name=op.f('fk_training_target_group_code_target_group')),
    sa.ForeignKeyConstraint(['unit_code'], ['unit.code'], name=op.f('fk_training_unit_code_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training'))
    )
    with op.batch_alter_table('training', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_start_date'), ['start_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_unit_code'), ['unit_code'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('training', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_unit_code'))
        batch_op.drop_index(batch_op.f('ix_training_start_date'))

    op.drop_table('training')
    op.drop_table('activity_target_group')
    op.drop_table('training_kind')
    op.drop_table('plan_target')
    op.drop_table('installation')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_unit_code'))
        batch_op.drop_index(batch_op.f('ix_activity_start_date'))

    op.drop_table('activity')
    op.drop_table('unit')
    op.drop_table('target_group')
    op.drop_table('plan')
    op.drop_table('key_project')
    op.drop_table('campaign')
    op.drop_table('activity_form')
