"""Onboarding: programs of modules per function, trajectories pairing a trainee with a
mentor, ticks, comments, sign-offs, revocations, mentor changes and progress talks.

Sign-offs and revocations are append-only: a signature belongs to a "round" of its
module (1, then 2 after a revocation ...), and the unique constraint on
(trajectory, module, round, role) is what makes "exactly one signature per person"
hold even when two PCs sign at the same moment. Images live in the database, so a
backup and the shared-server mode carry them along."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (Boolean, CheckConstraint, Date, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column

from wplstudio.storage.models import Base, Editable


class OnboardingProgram(Editable, Base):
    __tablename__ = "onboarding_programs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False, unique=True)
    function_id: Mapped[int | None] = mapped_column(ForeignKey("functions.id", ondelete="SET NULL"), index=True)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="0")


class OnboardingModule(Editable, Base):
    __tablename__ = "onboarding_modules"
    __table_args__ = (CheckConstraint("hours > 0", name="hours_positive"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("onboarding_programs.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    title: Mapped[str] = mapped_column(String(120), nullable=False)
    goal: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    why: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    safety: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    hours: Mapped[float] = mapped_column(Float, nullable=False, default=8.0, server_default="8")
    assessment: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    pass_criterion: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")


class OnboardingAssignment(Base):
    __tablename__ = "onboarding_assignments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    module_id: Mapped[int] = mapped_column(ForeignKey("onboarding_modules.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    text: Mapped[str] = mapped_column(String(500), nullable=False)


class OnboardingModuleTask(Base):
    __tablename__ = "onboarding_module_tasks"
    __table_args__ = (CheckConstraint("level BETWEEN 1 AND 4", name="level_range"),)
    module_id: Mapped[int] = mapped_column(ForeignKey("onboarding_modules.id", ondelete="CASCADE"), primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True)
    level: Mapped[int] = mapped_column(Integer, nullable=False)


class OnboardingImage(Base):
    __tablename__ = "onboarding_images"
    __table_args__ = (CheckConstraint("mime IN ('image/png', 'image/jpeg')", name="mime_allowed"),
                      CheckConstraint("size <= 2097152", name="size_limit"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    module_id: Mapped[int] = mapped_column(ForeignKey("onboarding_modules.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    caption: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="")
    mime: Mapped[str] = mapped_column(String(20), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class OnboardingTrajectory(Editable, Base):
    __tablename__ = "onboarding_trajectories"
    __table_args__ = (CheckConstraint("status IN ('active', 'completed', 'stopped')", name="status_known"),
                      CheckConstraint("talk_weeks BETWEEN 1 AND 26", name="talk_weeks_range"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), nullable=False, index=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("onboarding_programs.id", ondelete="RESTRICT"), nullable=False, index=True)
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"), index=True)
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    talk_weeks: Mapped[int] = mapped_column(Integer, nullable=False, default=4, server_default="4")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="active", server_default="active")
    completed_on: Mapped[date | None] = mapped_column(Date)


class OnboardingMentorChange(Base):
    __tablename__ = "onboarding_mentor_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trajectory_id: Mapped[int] = mapped_column(ForeignKey("onboarding_trajectories.id", ondelete="CASCADE"), nullable=False, index=True)
    old_mentor_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"))
    new_mentor_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    by: Mapped[str] = mapped_column(String(80), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")


class OnboardingTick(Base):
    __tablename__ = "onboarding_ticks"
    trajectory_id: Mapped[int] = mapped_column(ForeignKey("onboarding_trajectories.id", ondelete="CASCADE"), primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("onboarding_assignments.id", ondelete="CASCADE"), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    by: Mapped[str] = mapped_column(String(80), nullable=False)


class OnboardingComment(Base):
    __tablename__ = "onboarding_comments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trajectory_id: Mapped[int] = mapped_column(ForeignKey("onboarding_trajectories.id", ondelete="CASCADE"), nullable=False, index=True)
    module_id: Mapped[int] = mapped_column(ForeignKey("onboarding_modules.id", ondelete="CASCADE"), nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    author: Mapped[str] = mapped_column(String(80), nullable=False)
    author_role: Mapped[str] = mapped_column(String(20), nullable=False, default="", server_default="")
    text: Mapped[str] = mapped_column(Text, nullable=False)


class OnboardingSignoff(Base):
    """One signature. Never updated, never deleted; a revocation (below) undoes its round."""

    __tablename__ = "onboarding_signoffs"
    __table_args__ = (CheckConstraint("role IN ('trainee', 'mentor')", name="role_known"),
                      UniqueConstraint("trajectory_id", "module_id", "round", "role", name="uq_onboarding_signoffs_once"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trajectory_id: Mapped[int] = mapped_column(ForeignKey("onboarding_trajectories.id", ondelete="CASCADE"), nullable=False, index=True)
    module_id: Mapped[int] = mapped_column(ForeignKey("onboarding_modules.id", ondelete="CASCADE"), nullable=False)
    round: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    role: Mapped[str] = mapped_column(String(10), nullable=False)
    signer_name: Mapped[str] = mapped_column(String(120), nullable=False)
    signer_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    signer_employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    result: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")


class OnboardingRevocation(Base):
    __tablename__ = "onboarding_revocations"
    __table_args__ = (UniqueConstraint("trajectory_id", "module_id", "round", name="uq_onboarding_revocations_once"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trajectory_id: Mapped[int] = mapped_column(ForeignKey("onboarding_trajectories.id", ondelete="CASCADE"), nullable=False, index=True)
    module_id: Mapped[int] = mapped_column(ForeignKey("onboarding_modules.id", ondelete="CASCADE"), nullable=False)
    round: Mapped[int] = mapped_column(Integer, nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    by: Mapped[str] = mapped_column(String(120), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)


class OnboardingTalk(Base):
    __tablename__ = "onboarding_talks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trajectory_id: Mapped[int] = mapped_column(ForeignKey("onboarding_trajectories.id", ondelete="CASCADE"), nullable=False, index=True)
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    by: Mapped[str] = mapped_column(String(80), nullable=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    next_steps: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")

