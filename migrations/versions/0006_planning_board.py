"""planning board

Revision ID: 0006
Revises: 0005

The planning board: jobs and the tasks they need, cards (a person on a job on a day, with a
mentor for a learner and the reason when planned despite a warning), absences, learning time
and improvement actions. Only the board's own tables.
"""

from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('board_jobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('customer', sa.String(length=120), server_default='', nullable=False),
    sa.Column('location', sa.String(length=120), server_default='', nullable=False),
    sa.Column('estimated_hours', sa.Integer(), server_default='0', nullable=False),
    sa.Column('status', sa.String(length=10), server_default='open', nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.CheckConstraint("status IN ('open', 'done')", name=op.f('ck_board_jobs_status_known')),
    sa.CheckConstraint('estimated_hours BETWEEN 0 AND 9999', name=op.f('ck_board_jobs_estimated_hours_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_board_jobs'))
    )
    op.create_table('board_absences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.CheckConstraint("kind IN ('holiday', 'sick', 'course')", name=op.f('ck_board_absences_kind_known')),
    sa.CheckConstraint('last_day >= first_day', name=op.f('ck_board_absences_days_in_order')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_board_absences_employee_id_employees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_board_absences'))
    )
    op.create_index(op.f('ix_board_absences_employee_id'), 'board_absences', ['employee_id'], unique=False)
    op.create_table('board_assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('hours', sa.Integer(), server_default='8', nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=True),
    sa.Column('learning_task_id', sa.Integer(), nullable=True),
    sa.Column('override_reason', sa.Text(), server_default='', nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.CheckConstraint('hours BETWEEN 1 AND 24', name=op.f('ck_board_assignments_hours_range')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_board_assignments_employee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['job_id'], ['board_jobs.id'], name=op.f('fk_board_assignments_job_id_board_jobs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['learning_task_id'], ['tasks.id'], name=op.f('fk_board_assignments_learning_task_id_tasks'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['mentor_id'], ['employees.id'], name=op.f('fk_board_assignments_mentor_id_employees'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_board_assignments'))
    )
    op.create_index('ix_board_assignments_day_employee', 'board_assignments', ['day', 'employee_id'], unique=False)
    op.create_index(op.f('ix_board_assignments_employee_id'), 'board_assignments', ['employee_id'], unique=False)
    op.create_index(op.f('ix_board_assignments_job_id'), 'board_assignments', ['job_id'], unique=False)
    op.create_table('board_improvements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), server_default='', nullable=False),
    sa.Column('status', sa.String(length=10), server_default='idea', nullable=False),
    sa.Column('proposed_by_id', sa.Integer(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.CheckConstraint("status IN ('idea', 'busy', 'done')", name=op.f('ck_board_improvements_status_known')),
    sa.ForeignKeyConstraint(['owner_id'], ['employees.id'], name=op.f('fk_board_improvements_owner_id_employees'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['proposed_by_id'], ['employees.id'], name=op.f('fk_board_improvements_proposed_by_id_employees'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_board_improvements'))
    )
    op.create_index(op.f('ix_board_improvements_owner_id'), 'board_improvements', ['owner_id'], unique=False)
    op.create_index(op.f('ix_board_improvements_proposed_by_id'), 'board_improvements', ['proposed_by_id'], unique=False)
    op.create_table('board_job_tasks',
    sa.Column('job_id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['job_id'], ['board_jobs.id'], name=op.f('fk_board_job_tasks_job_id_board_jobs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_board_job_tasks_task_id_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('job_id', 'task_id', name=op.f('pk_board_job_tasks'))
    )
    op.create_index(op.f('ix_board_job_tasks_task_id'), 'board_job_tasks', ['task_id'], unique=False)
    op.create_table('board_learning_time',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('topic', sa.String(length=200), server_default='', nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.CheckConstraint("kind IN ('learning', 'mentoring')", name=op.f('ck_board_learning_time_kind_known')),
    sa.CheckConstraint('hours BETWEEN 1 AND 24', name=op.f('ck_board_learning_time_hours_range')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_board_learning_time_employee_id_employees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_board_learning_time'))
    )
    op.create_index('ix_board_learning_time_day_employee', 'board_learning_time', ['day', 'employee_id'], unique=False)
    op.create_index(op.f('ix_board_learning_time_employee_id'), 'board_learning_time', ['employee_id'], unique=False)


def downgrade() -> None:
    for table in ('board_learning_time', 'board_job_tasks', 'board_improvements', 'board_assignments',
                  'board_absences', 'board_jobs'):
        op.drop_table(table)
