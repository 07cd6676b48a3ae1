"""The readiness quickscan's tables: a scan, who filled it in, and their answers.

A scan with status "draft" may be incomplete; "final" means every respondent answered
every question (domain/quickscan.py check_complete)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wplstudio.storage.models import Base, Editable


class Quickscan(Editable, Base):
    __tablename__ = "quickscans"
    __table_args__ = (CheckConstraint("status IN ('draft', 'final')", name="status_known"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(120), nullable=False)
    held_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="draft", server_default="draft")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")


class QuickscanRespondent(Editable, Base):
    """One person's answers on one scan. name: as they want to be shown (may be a role only)."""

    __tablename__ = "quickscan_respondents"
    __table_args__ = (CheckConstraint("role IN ('owner', 'manager', 'employee')", name="role_known"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scan_id: Mapped[int] = mapped_column(ForeignKey("quickscans.id", ondelete="CASCADE"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"), index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")


class QuickscanAnswer(Base):
    __tablename__ = "quickscan_answers"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 4", name="score_range"),)
    respondent_id: Mapped[int] = mapped_column(ForeignKey("quickscan_respondents.id", ondelete="CASCADE"), primary_key=True)
    question: Mapped[str] = mapped_column(String(40), primary_key=True)
    score: Mapped[int] = mapped_column(Integer, nullable=False)
