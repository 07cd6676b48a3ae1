"""deployability matrix

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 14:54:21.976199
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('function_requirements',
    sa.Column('function_id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('required_level', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.CheckConstraint('required_level BETWEEN 1 AND 4', name=op.f('ck_function_requirements_required_level_range')),
    sa.ForeignKeyConstraint(['function_id'], ['functions.id'], name=op.f('fk_function_requirements_function_id_functions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_function_requirements_task_id_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('function_id', 'task_id', name=op.f('pk_function_requirements'))
    )
    op.create_table('level_descriptions',
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), server_default='', nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.CheckConstraint('level BETWEEN 1 AND 4', name=op.f('ck_level_descriptions_level_range')),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_level_descriptions_task_id_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('task_id', 'level', name=op.f('pk_level_descriptions'))
    )
    op.create_table('level_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=80), nullable=False),
    sa.Column('old_level', sa.Integer(), nullable=False),
    sa.Column('new_level', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_level_history_employee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_level_history_task_id_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_level_history'))
    )
    with op.batch_alter_table('level_history', schema=None) as batch_op:
        batch_op.create_index('ix_level_history_cell', ['employee_id', 'task_id'], unique=False)

    op.create_table('levels',
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), server_default='0', nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('target_level', sa.Integer(), nullable=True),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.CheckConstraint('level BETWEEN 0 AND 4', name=op.f('ck_levels_level_range')),
    sa.CheckConstraint('target_level IS NULL OR target_level BETWEEN 0 AND 4', name=op.f('ck_levels_target_level_range')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_levels_employee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_levels_task_id_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('employee_id', 'task_id', name=op.f('pk_levels'))
    )
    with op.batch_alter_table('levels', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_levels_task_id'), ['task_id'], unique=False)

    op.create_table('task_targets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('deployable', sa.Integer(), server_default='0', nullable=False),
    sa.Column('teachers', sa.Integer(), server_default='0', nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.CheckConstraint('deployable >= 0 AND teachers >= 0', name=op.f('ck_task_targets_counts_positive')),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_task_targets_task_id_tasks'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_task_targets_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_targets')),
    sa.UniqueConstraint('task_id', 'team_id', name='uq_task_targets_task_id_team_id')
    )
    with op.batch_alter_table('task_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_targets_task_id'), ['task_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('task_targets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_targets_task_id'))

    op.drop_table('task_targets')
    with op.batch_alter_table('levels', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_levels_task_id'))

    op.drop_table('levels')
    with op.batch_alter_table('level_history', schema=None) as batch_op:
        batch_op.drop_index('ix_level_history_cell')

    op.drop_table('level_history')
    op.drop_table('level_descriptions')
    op.drop_table('function_requirements')
