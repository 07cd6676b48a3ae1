"""quickscan and learning register

Revision ID: 0007
Revises: 0006

The readiness quickscan (scans, respondents, answers), the learning register
(learning activities) and the yearly training plan (plan lines).
"""

from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('quickscans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=10), server_default='draft', nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.CheckConstraint("status IN ('draft', 'final')", name=op.f('ck_quickscans_status_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quickscans'))
    )
    with op.batch_alter_table('quickscans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quickscans_held_on'), ['held_on'], unique=False)

    op.create_table('learning_activities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('minutes', sa.Integer(), server_default='0', nullable=False),
    sa.Column('cost_cents', sa.Integer(), server_default='0', nullable=False),
    sa.Column('certificate', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('provider', sa.String(length=120), server_default='', nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('source', sa.String(length=40), server_default='manual', nullable=False),
    sa.Column('source_ref', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.CheckConstraint('cost_cents >= 0', name=op.f('ck_learning_activities_cost_positive')),
    sa.CheckConstraint('minutes >= 0', name=op.f('ck_learning_activities_minutes_positive')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_learning_activities_employee_id_employees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_activities')),
    sa.UniqueConstraint('source', 'source_ref', name='uq_learning_activities_source_source_ref')
    )
    with op.batch_alter_table('learning_activities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_learning_activities_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index('ix_learning_activities_held_on', ['held_on'], unique=False)

    op.create_table('quickscan_respondents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scan_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.CheckConstraint("role IN ('owner', 'manager', 'employee')", name=op.f('ck_quickscan_respondents_role_known')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_quickscan_respondents_employee_id_employees'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['scan_id'], ['quickscans.id'], name=op.f('fk_quickscan_respondents_scan_id_quickscans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quickscan_respondents'))
    )
    with op.batch_alter_table('quickscan_respondents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quickscan_respondents_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quickscan_respondents_scan_id'), ['scan_id'], unique=False)

    op.create_table('training_plan_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('what', sa.String(length=200), nullable=False),
    sa.Column('how', sa.String(length=20), server_default='on_the_job', nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=True),
    sa.Column('planned_on', sa.Date(), nullable=True),
    sa.Column('target_level', sa.Integer(), nullable=True),
    sa.Column('origin', sa.String(length=20), server_default='manual', nullable=False),
    sa.Column('status', sa.String(length=10), server_default='planned', nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_training_plan_lines_employee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mentor_id'], ['employees.id'], name=op.f('fk_training_plan_lines_mentor_id_employees'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_training_plan_lines_task_id_tasks'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_plan_lines'))
    )
    with op.batch_alter_table('training_plan_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_plan_lines_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_plan_lines_mentor_id'), ['mentor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_plan_lines_task_id'), ['task_id'], unique=False)
        batch_op.create_index('ix_training_plan_lines_year_employee', ['year', 'employee_id'], unique=False)

    op.create_table('quickscan_answers',
    sa.Column('respondent_id', sa.Integer(), nullable=False),
    sa.Column('question', sa.String(length=40), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.CheckConstraint('score BETWEEN 1 AND 4', name=op.f('ck_quickscan_answers_score_range')),
    sa.ForeignKeyConstraint(['respondent_id'], ['quickscan_respondents.id'], name=op.f('fk_quickscan_answers_respondent_id_quickscan_respondents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('respondent_id', 'question', name=op.f('pk_quickscan_answers'))
    )


def downgrade() -> None:
    op.drop_table('quickscan_answers')
    with op.batch_alter_table('training_plan_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_training_plan_lines_year_employee')
        batch_op.drop_index(batch_op.f('ix_training_plan_lines_task_id'))
        batch_op.drop_index(batch_op.f('ix_training_plan_lines_mentor_id'))
        batch_op.drop_index(batch_op.f('ix_training_plan_lines_employee_id'))

    op.drop_table('training_plan_lines')
    with op.batch_alter_table('quickscan_respondents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quickscan_respondents_scan_id'))
        batch_op.drop_index(batch_op.f('ix_quickscan_respondents_employee_id'))

    op.drop_table('quickscan_respondents')
    with op.batch_alter_table('learning_activities', schema=None) as batch_op:
        batch_op.drop_index('ix_learning_activities_held_on')
        batch_op.drop_index(batch_op.f('ix_learning_activities_employee_id'))

    op.drop_table('learning_activities')
    with op.batch_alter_table('quickscans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quickscans_held_on'))

    op.drop_table('quickscans')
