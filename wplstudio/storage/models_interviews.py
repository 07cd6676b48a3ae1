"""Development interviews: guides (versioned), interviews with their answers and
events, the development plan (POP) and follow-up actions. Migration 0005."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, Boolean
from sqlalchemy.orm import Mapped, mapped_column

from wplstudio.storage.models import Base, Editable


class InterviewGuide(Editable, Base):
    """One version of a guide. Versions of one guide share family; an interview points at its version."""

    __tablename__ = "interview_guides"
    __table_args__ = (UniqueConstraint("family", "version_no", name="uq_interview_guides_family_version_no"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    family: Mapped[str] = mapped_column(String(40), nullable=False)
    version_no: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    language: Mapped[str] = mapped_column(String(5), nullable=False, default="nl", server_default="nl")
    builtin: Mapped[str] = mapped_column(String(40), nullable=False, default="", server_default="")  # "development.nl"
    content: Mapped[str] = mapped_column(Text, nullable=False)  # JSON, domain.interviews.content_to_json
    current: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True, server_default="1")


class Interview(Editable, Base):
    __tablename__ = "interviews"
    __table_args__ = (
        CheckConstraint("status IN ('planned', 'held', 'confirmed', 'correction')", name="status_known"),
        Index("ix_interviews_employee_date", "employee_id", "planned_on"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), nullable=False)
    guide_id: Mapped[int] = mapped_column(ForeignKey("interview_guides.id", ondelete="RESTRICT"), nullable=False, index=True)
    interviewer_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    interviewer_name: Mapped[str] = mapped_column(String(120), nullable=False, default="", server_default="")
    planned_on: Mapped[date] = mapped_column(Date, nullable=False)
    held_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="planned", server_default="planned")
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    correction_note: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    private_note: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    private_note_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    contents_erased_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class InterviewAnswer(Base):
    """One answer, saved as it is typed (no version: the last keystroke wins, nothing is lost)."""

    __tablename__ = "interview_answers"
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True)
    side: Mapped[str] = mapped_column(String(20), primary_key=True)  # "interviewer" or "employee" (preparation)
    question_key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class InterviewEvent(Base):
    """What happened to an interview and when: held, confirmed, correction asked, reopened."""

    __tablename__ = "interview_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), nullable=False, index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    by: Mapped[str] = mapped_column(String(80), nullable=False, default="", server_default="")
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")


class DevelopmentGoal(Editable, Base):
    """A goal of someone's development plan (POP): free, or reaching a level on a task."""

    __tablename__ = "development_goals"
    __table_args__ = (CheckConstraint("target_level IS NULL OR target_level BETWEEN 1 AND 4", name="target_level_range"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), nullable=False, index=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"))
    target_level: Mapped[int | None] = mapped_column(Integer)
    target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open", server_default="open")
    interview_id: Mapped[int | None] = mapped_column(ForeignKey("interviews.id", ondelete="SET NULL"))


class FollowUpAction(Editable, Base):
    """An agreement: what, who, by when, and how far it is."""

    __tablename__ = "followup_actions"
    __table_args__ = (CheckConstraint("status IN ('open', 'done', 'dropped')", name="status_known"),
                      Index("ix_followup_actions_status_due", "status", "due_on"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), nullable=False, index=True)
    interview_id: Mapped[int | None] = mapped_column(ForeignKey("interviews.id", ondelete="SET NULL"))
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("development_goals.id", ondelete="CASCADE"))
    what: Mapped[str] = mapped_column(Text, nullable=False)
    who: Mapped[str] = mapped_column(String(120), nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open", server_default="open")
    done_on: Mapped[date | None] = mapped_column(Date)
