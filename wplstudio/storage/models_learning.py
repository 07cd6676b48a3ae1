"""The learning register and the yearly training plan.

Hours are whole minutes and costs whole cents (exact sums on every database).
source/source_ref say which area made an activity ("onboarding", "module-sign-off:12");
the unique pair makes registering from another area idempotent. Hand-made rows
have source "manual" and no source_ref (NULLs never collide)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from wplstudio.storage.models import Base, Editable


class LearningActivity(Editable, Base):
    __tablename__ = "learning_activities"
    __table_args__ = (
        CheckConstraint("minutes >= 0", name="minutes_positive"),
        CheckConstraint("cost_cents >= 0", name="cost_positive"),
        UniqueConstraint("source", "source_ref", name="uq_learning_activities_source_source_ref"),
        Index("ix_learning_activities_held_on", "held_on"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    cost_cents: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    certificate: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="0")
    provider: Mapped[str] = mapped_column(String(120), nullable=False, default="", server_default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    source: Mapped[str] = mapped_column(String(40), nullable=False, default="manual", server_default="manual")
    source_ref: Mapped[str | None] = mapped_column(String(80))


class TrainingPlanLine(Editable, Base):
    """Who learns what in a year, how (on the job with a mentor, or a course) and when."""

    __tablename__ = "training_plan_lines"
    __table_args__ = (Index("ix_training_plan_lines_year_employee", "year", "employee_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), nullable=False, index=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"), index=True)
    what: Mapped[str] = mapped_column(String(200), nullable=False)
    how: Mapped[str] = mapped_column(String(20), nullable=False, default="on_the_job", server_default="on_the_job")
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"), index=True)
    planned_on: Mapped[date | None] = mapped_column(Date)
    target_level: Mapped[int | None] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(20), nullable=False, default="manual", server_default="manual")
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="planned", server_default="planned")
