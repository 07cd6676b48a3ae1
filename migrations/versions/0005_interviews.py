"""interviews: guides (versioned), interviews, answers, events, development plan goals, follow-up actions

Revision ID: 0005
Revises: 0004

Only the interview area's own tables; written by hand to match wplstudio/storage/models_interviews.py
(tests/storage/test_schema.py compares them).
"""

from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('interview_guides',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('family', sa.String(length=40), nullable=False),
    sa.Column('version_no', sa.Integer(), server_default='1', nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('language', sa.String(length=5), server_default='nl', nullable=False),
    sa.Column('builtin', sa.String(length=40), server_default='', nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('current', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interview_guides')),
    sa.UniqueConstraint('family', 'version_no', name='uq_interview_guides_family_version_no')
    )
    op.create_table('interviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('guide_id', sa.Integer(), nullable=False),
    sa.Column('interviewer_user_id', sa.Integer(), nullable=True),
    sa.Column('interviewer_name', sa.String(length=120), server_default='', nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), server_default='planned', nullable=False),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('correction_note', sa.Text(), server_default='', nullable=False),
    sa.Column('private_note', sa.Text(), server_default='', nullable=False),
    sa.Column('private_note_user_id', sa.Integer(), nullable=True),
    sa.Column('contents_erased_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.CheckConstraint("status IN ('planned', 'held', 'confirmed', 'correction')", name=op.f('ck_interviews_status_known')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_interviews_employee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['guide_id'], ['interview_guides.id'], name=op.f('fk_interviews_guide_id_interview_guides'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['interviewer_user_id'], ['users.id'], name=op.f('fk_interviews_interviewer_user_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['private_note_user_id'], ['users.id'], name=op.f('fk_interviews_private_note_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interviews'))
    )
    with op.batch_alter_table('interviews', schema=None) as batch_op:
        batch_op.create_index('ix_interviews_employee_date', ['employee_id', 'planned_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_interviews_guide_id'), ['guide_id'], unique=False)

    op.create_table('development_goals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('target_level', sa.Integer(), nullable=True),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), server_default='open', nullable=False),
    sa.Column('interview_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.CheckConstraint('target_level IS NULL OR target_level BETWEEN 1 AND 4', name=op.f('ck_development_goals_target_level_range')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_development_goals_employee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'], name=op.f('fk_development_goals_interview_id_interviews'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_development_goals_task_id_tasks'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_development_goals'))
    )
    with op.batch_alter_table('development_goals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_development_goals_employee_id'), ['employee_id'], unique=False)

    op.create_table('interview_answers',
    sa.Column('interview_id', sa.Integer(), nullable=False),
    sa.Column('side', sa.String(length=20), nullable=False),
    sa.Column('question_key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), server_default='', nullable=False),
    sa.Column('saved_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'], name=op.f('fk_interview_answers_interview_id_interviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('interview_id', 'side', 'question_key', name=op.f('pk_interview_answers'))
    )
    op.create_table('interview_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('interview_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=80), server_default='', nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'], name=op.f('fk_interview_events_interview_id_interviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interview_events'))
    )
    with op.batch_alter_table('interview_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interview_events_interview_id'), ['interview_id'], unique=False)

    op.create_table('followup_actions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('interview_id', sa.Integer(), nullable=True),
    sa.Column('goal_id', sa.Integer(), nullable=True),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('who', sa.String(length=120), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), server_default='open', nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
    sa.CheckConstraint("status IN ('open', 'done', 'dropped')", name=op.f('ck_followup_actions_status_known')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_followup_actions_employee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['goal_id'], ['development_goals.id'], name=op.f('fk_followup_actions_goal_id_development_goals'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'], name=op.f('fk_followup_actions_interview_id_interviews'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_followup_actions'))
    )
    with op.batch_alter_table('followup_actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_followup_actions_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index('ix_followup_actions_status_due', ['status', 'due_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('followup_actions', schema=None) as batch_op:
        batch_op.drop_index('ix_followup_actions_status_due')
        batch_op.drop_index(batch_op.f('ix_followup_actions_employee_id'))

    op.drop_table('followup_actions')
    with op.batch_alter_table('interview_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interview_events_interview_id'))

    op.drop_table('interview_events')
    op.drop_table('interview_answers')
    with op.batch_alter_table('development_goals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_development_goals_employee_id'))

    op.drop_table('development_goals')
    with op.batch_alter_table('interviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interviews_guide_id'))
        batch_op.drop_index('ix_interviews_employee_date')

    op.drop_table('interviews')
    op.drop_table('interview_guides')
