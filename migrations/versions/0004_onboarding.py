"""onboarding: programs, modules, trajectories, ticks, comments, sign-offs, revocations, talks

Revision ID: 0004
Revises: 0003

Sign-offs and revocations are append-only; the unique constraints on (trajectory,
module, round, role) keep one signature per person per round. Module images are
stored in the database (PNG/JPEG, at most 2 MB each) so backups and the shared
server carry them.
"""

from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('onboarding_programs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('function_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), server_default='', nullable=False),
    sa.Column('archived', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['function_id'], ['functions.id'], name=op.f('fk_onboarding_programs_function_id_functions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_programs')),
    sa.UniqueConstraint('name', name=op.f('uq_onboarding_programs_name'))
    )
    op.create_index(op.f('ix_onboarding_programs_function_id'), 'onboarding_programs', ['function_id'], unique=False)
    op.create_table('onboarding_modules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('goal', sa.Text(), server_default='', nullable=False),
    sa.Column('why', sa.Text(), server_default='', nullable=False),
    sa.Column('safety', sa.Text(), server_default='', nullable=False),
    sa.Column('hours', sa.Float(), server_default='8', nullable=False),
    sa.Column('assessment', sa.Text(), server_default='', nullable=False),
    sa.Column('pass_criterion', sa.Text(), server_default='', nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.CheckConstraint('hours > 0', name=op.f('ck_onboarding_modules_hours_positive')),
    sa.ForeignKeyConstraint(['program_id'], ['onboarding_programs.id'], name=op.f('fk_onboarding_modules_program_id_onboarding_programs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_modules'))
    )
    op.create_index(op.f('ix_onboarding_modules_program_id'), 'onboarding_modules', ['program_id'], unique=False)
    op.create_table('onboarding_trajectories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('talk_weeks', sa.Integer(), server_default='4', nullable=False),
    sa.Column('status', sa.String(length=20), server_default='active', nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.CheckConstraint("status IN ('active', 'completed', 'stopped')", name=op.f('ck_onboarding_trajectories_status_known')),
    sa.CheckConstraint('talk_weeks BETWEEN 1 AND 26', name=op.f('ck_onboarding_trajectories_talk_weeks_range')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_onboarding_trajectories_employee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mentor_id'], ['employees.id'], name=op.f('fk_onboarding_trajectories_mentor_id_employees'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['program_id'], ['onboarding_programs.id'], name=op.f('fk_onboarding_trajectories_program_id_onboarding_programs'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_trajectories'))
    )
    op.create_index(op.f('ix_onboarding_trajectories_employee_id'), 'onboarding_trajectories', ['employee_id'], unique=False)
    op.create_index(op.f('ix_onboarding_trajectories_mentor_id'), 'onboarding_trajectories', ['mentor_id'], unique=False)
    op.create_index(op.f('ix_onboarding_trajectories_program_id'), 'onboarding_trajectories', ['program_id'], unique=False)
    op.create_table('onboarding_assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('module_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['module_id'], ['onboarding_modules.id'], name=op.f('fk_onboarding_assignments_module_id_onboarding_modules'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_assignments'))
    )
    op.create_index(op.f('ix_onboarding_assignments_module_id'), 'onboarding_assignments', ['module_id'], unique=False)
    op.create_table('onboarding_comments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trajectory_id', sa.Integer(), nullable=False),
    sa.Column('module_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('author', sa.String(length=80), nullable=False),
    sa.Column('author_role', sa.String(length=20), server_default='', nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['module_id'], ['onboarding_modules.id'], name=op.f('fk_onboarding_comments_module_id_onboarding_modules'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['trajectory_id'], ['onboarding_trajectories.id'], name=op.f('fk_onboarding_comments_trajectory_id_onboarding_trajectories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_comments'))
    )
    op.create_index(op.f('ix_onboarding_comments_trajectory_id'), 'onboarding_comments', ['trajectory_id'], unique=False)
    op.create_table('onboarding_images',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('module_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.Column('caption', sa.String(length=200), server_default='', nullable=False),
    sa.Column('mime', sa.String(length=20), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.CheckConstraint("mime IN ('image/png', 'image/jpeg')", name=op.f('ck_onboarding_images_mime_allowed')),
    sa.CheckConstraint('size <= 2097152', name=op.f('ck_onboarding_images_size_limit')),
    sa.ForeignKeyConstraint(['module_id'], ['onboarding_modules.id'], name=op.f('fk_onboarding_images_module_id_onboarding_modules'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_images'))
    )
    op.create_index(op.f('ix_onboarding_images_module_id'), 'onboarding_images', ['module_id'], unique=False)
    op.create_table('onboarding_mentor_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trajectory_id', sa.Integer(), nullable=False),
    sa.Column('old_mentor_id', sa.Integer(), nullable=True),
    sa.Column('new_mentor_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=80), nullable=False),
    sa.Column('reason', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['new_mentor_id'], ['employees.id'], name=op.f('fk_onboarding_mentor_changes_new_mentor_id_employees'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['old_mentor_id'], ['employees.id'], name=op.f('fk_onboarding_mentor_changes_old_mentor_id_employees'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['trajectory_id'], ['onboarding_trajectories.id'], name=op.f('fk_onboarding_mentor_changes_trajectory_id_onboarding_trajectories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_mentor_changes'))
    )
    op.create_index(op.f('ix_onboarding_mentor_changes_trajectory_id'), 'onboarding_mentor_changes', ['trajectory_id'], unique=False)
    op.create_table('onboarding_module_tasks',
    sa.Column('module_id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.CheckConstraint('level BETWEEN 1 AND 4', name=op.f('ck_onboarding_module_tasks_level_range')),
    sa.ForeignKeyConstraint(['module_id'], ['onboarding_modules.id'], name=op.f('fk_onboarding_module_tasks_module_id_onboarding_modules'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_onboarding_module_tasks_task_id_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('module_id', 'task_id', name=op.f('pk_onboarding_module_tasks'))
    )
    op.create_table('onboarding_revocations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trajectory_id', sa.Integer(), nullable=False),
    sa.Column('module_id', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=120), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['module_id'], ['onboarding_modules.id'], name=op.f('fk_onboarding_revocations_module_id_onboarding_modules'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['trajectory_id'], ['onboarding_trajectories.id'], name=op.f('fk_onboarding_revocations_trajectory_id_onboarding_trajectories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_revocations')),
    sa.UniqueConstraint('trajectory_id', 'module_id', 'round', name='uq_onboarding_revocations_once')
    )
    op.create_index(op.f('ix_onboarding_revocations_trajectory_id'), 'onboarding_revocations', ['trajectory_id'], unique=False)
    op.create_table('onboarding_signoffs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trajectory_id', sa.Integer(), nullable=False),
    sa.Column('module_id', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), server_default='1', nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('signer_name', sa.String(length=120), nullable=False),
    sa.Column('signer_user_id', sa.Integer(), nullable=True),
    sa.Column('signer_employee_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('comment', sa.Text(), server_default='', nullable=False),
    sa.Column('result', sa.Text(), server_default='', nullable=False),
    sa.CheckConstraint("role IN ('trainee', 'mentor')", name=op.f('ck_onboarding_signoffs_role_known')),
    sa.ForeignKeyConstraint(['module_id'], ['onboarding_modules.id'], name=op.f('fk_onboarding_signoffs_module_id_onboarding_modules'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['signer_employee_id'], ['employees.id'], name=op.f('fk_onboarding_signoffs_signer_employee_id_employees'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['signer_user_id'], ['users.id'], name=op.f('fk_onboarding_signoffs_signer_user_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['trajectory_id'], ['onboarding_trajectories.id'], name=op.f('fk_onboarding_signoffs_trajectory_id_onboarding_trajectories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_signoffs')),
    sa.UniqueConstraint('trajectory_id', 'module_id', 'round', 'role', name='uq_onboarding_signoffs_once')
    )
    op.create_index(op.f('ix_onboarding_signoffs_trajectory_id'), 'onboarding_signoffs', ['trajectory_id'], unique=False)
    op.create_table('onboarding_talks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trajectory_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('by', sa.String(length=80), nullable=False),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.Column('next_steps', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['trajectory_id'], ['onboarding_trajectories.id'], name=op.f('fk_onboarding_talks_trajectory_id_onboarding_trajectories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_talks'))
    )
    op.create_index(op.f('ix_onboarding_talks_trajectory_id'), 'onboarding_talks', ['trajectory_id'], unique=False)
    op.create_table('onboarding_ticks',
    sa.Column('trajectory_id', sa.Integer(), nullable=False),
    sa.Column('assignment_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['assignment_id'], ['onboarding_assignments.id'], name=op.f('fk_onboarding_ticks_assignment_id_onboarding_assignments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['trajectory_id'], ['onboarding_trajectories.id'], name=op.f('fk_onboarding_ticks_trajectory_id_onboarding_trajectories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('trajectory_id', 'assignment_id', name=op.f('pk_onboarding_ticks'))
    )


def downgrade() -> None:
    op.drop_table('onboarding_ticks')
    op.drop_index(op.f('ix_onboarding_talks_trajectory_id'), table_name='onboarding_talks')
    op.drop_table('onboarding_talks')
    op.drop_index(op.f('ix_onboarding_signoffs_trajectory_id'), table_name='onboarding_signoffs')
    op.drop_table('onboarding_signoffs')
    op.drop_index(op.f('ix_onboarding_revocations_trajectory_id'), table_name='onboarding_revocations')
    op.drop_table('onboarding_revocations')
    op.drop_table('onboarding_module_tasks')
    op.drop_index(op.f('ix_onboarding_mentor_changes_trajectory_id'), table_name='onboarding_mentor_changes')
    op.drop_table('onboarding_mentor_changes')
    op.drop_index(op.f('ix_onboarding_images_module_id'), table_name='onboarding_images')
    op.drop_table('onboarding_images')
    op.drop_index(op.f('ix_onboarding_comments_trajectory_id'), table_name='onboarding_comments')
    op.drop_table('onboarding_comments')
    op.drop_index(op.f('ix_onboarding_assignments_module_id'), table_name='onboarding_assignments')
    op.drop_table('onboarding_assignments')
    op.drop_index(op.f('ix_onboarding_trajectories_program_id'), table_name='onboarding_trajectories')
    op.drop_index(op.f('ix_onboarding_trajectories_mentor_id'), table_name='onboarding_trajectories')
    op.drop_index(op.f('ix_onboarding_trajectories_employee_id'), table_name='onboarding_trajectories')
    op.drop_table('onboarding_trajectories')
    op.drop_index(op.f('ix_onboarding_modules_program_id'), table_name='onboarding_modules')
    op.drop_table('onboarding_modules')
    op.drop_index(op.f('ix_onboarding_programs_function_id'), table_name='onboarding_programs')
    op.drop_table('onboarding_programs')
