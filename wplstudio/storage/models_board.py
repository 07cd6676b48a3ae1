"""The planning board's tables (schema 0006): jobs and the tasks they need, cards
(one person on one job on one day), absences, learning time and improvement actions.

Hours are whole hours: a week board is planned in hours, not minutes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wplstudio.storage.models import Base, Editable


class BoardJob(Editable, Base):
    """A job (werkorder, klus) on the job list. Status: open or done."""

    __tablename__ = "board_jobs"
    __table_args__ = (
        CheckConstraint("estimated_hours BETWEEN 0 AND 9999", name="estimated_hours_range"),
        CheckConstraint("status IN ('open', 'done')", name="status_known"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(120), nullable=False)
    customer: Mapped[str] = mapped_column(String(120), nullable=False, default="", server_default="")
    location: Mapped[str] = mapped_column(String(120), nullable=False, default="", server_default="")
    estimated_hours: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open", server_default="open")


class BoardJobTask(Base):
    """A task (from the task landscape) the job needs."""

    __tablename__ = "board_job_tasks"
    job_id: Mapped[int] = mapped_column(ForeignKey("board_jobs.id", ondelete="CASCADE"), primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True, index=True)


class BoardAssignment(Editable, Base):
    """A card: one person on one job on one day. A learner's card names the mentor and the task
    learned; override_reason keeps why the manager planned it despite a warning."""

    __tablename__ = "board_assignments"
    __table_args__ = (
        CheckConstraint("hours BETWEEN 1 AND 24", name="hours_range"),
        Index("ix_board_assignments_day_employee", "day", "employee_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("board_jobs.id", ondelete="CASCADE"), nullable=False, index=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), nullable=False, index=True)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    hours: Mapped[int] = mapped_column(Integer, nullable=False, default=8, server_default="8")
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"))
    learning_task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"))
    override_reason: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")


class BoardAbsence(Editable, Base):
    """Someone away from first_day to last_day: holiday, sick or course. The kind is shown only
    to those who plan; the shop display says just "absent" (sick leave is medical data)."""

    __tablename__ = "board_absences"
    __table_args__ = (
        CheckConstraint("last_day >= first_day", name="days_in_order"),
        CheckConstraint("kind IN ('holiday', 'sick', 'course')", name="kind_known"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), nullable=False, index=True)
    first_day: Mapped[date] = mapped_column(Date, nullable=False)
    last_day: Mapped[date] = mapped_column(Date, nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)


class BoardLearningTime(Editable, Base):
    """Time reserved for learning or mentoring on a day, counted per person per week."""

    __tablename__ = "board_learning_time"
    __table_args__ = (
        CheckConstraint("hours BETWEEN 1 AND 24", name="hours_range"),
        CheckConstraint("kind IN ('learning', 'mentoring')", name="kind_known"),
        Index("ix_board_learning_time_day_employee", "day", "employee_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), nullable=False, index=True)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    hours: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    topic: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="")


class BoardImprovement(Editable, Base):
    """An improvement action, kept apart from the daily jobs: idea, busy, done."""

    __tablename__ = "board_improvements"
    __table_args__ = (CheckConstraint("status IN ('idea', 'busy', 'done')", name="status_known"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="idea", server_default="idea")
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"), index=True)
    due: Mapped[date | None] = mapped_column(Date)
