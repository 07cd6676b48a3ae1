"""The schema as SQLAlchemy models. Migrations must describe the same schema
(tests/storage/test_schema.py compares them)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Index, Date, DateTime, ForeignKey, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Editable:
    """Rows people edit carry a version, so an edit based on stale data is refused."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str] = mapped_column(String(80), nullable=False, default="", server_default="")


class Setting(Editable, Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Team(Editable, Base):
    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)


class JobFunction(Editable, Base):
    __tablename__ = "functions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")


class Employee(Editable, Base):
    __tablename__ = "employees"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80), nullable=False)
    prefix: Mapped[str] = mapped_column(String(80), nullable=False, default="", server_default="")
    last_name: Mapped[str] = mapped_column(String(80), nullable=False)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="RESTRICT"), index=True)
    function_id: Mapped[int | None] = mapped_column(ForeignKey("functions.id", ondelete="RESTRICT"), index=True)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    education: Mapped[str] = mapped_column(String(10), nullable=False, default="", server_default="")


class CoreTask(Editable, Base):
    __tablename__ = "core_tasks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")


class Task(Editable, Base):
    __tablename__ = "tasks"
    __table_args__ = (UniqueConstraint("core_task_id", "name", name="uq_tasks_core_task_id_name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    core_task_id: Mapped[int] = mapped_column(ForeignKey("core_tasks.id", ondelete="RESTRICT"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    why: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    is_certificate: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="0")
    validity_months: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")


class User(Editable, Base):
    """An account. Passwords and PINs are kept only as argon2id hashes."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    display_name: Mapped[str] = mapped_column(String(120), nullable=False, default="", server_default="")
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"), index=True)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False, default="", server_default="")
    pin_hash: Mapped[str] = mapped_column(String(255), nullable=False, default="", server_default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True, server_default="1")
    failed_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    blocked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_sign_in: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AuditEntry(Base):
    """Append-only. Each entry's hash covers its content and the previous entry's hash,
    so an entry edited, removed or reordered outside the app breaks the chain."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, index=True)
    actor: Mapped[str] = mapped_column(String(80), nullable=False)
    actor_user_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40), nullable=False)
    entity: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    entity_id: Mapped[str] = mapped_column(String(80), nullable=False, default="", server_default="")
    before: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    after: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)


class Level(Editable, Base):
    """One cell of the deployability matrix. No row means level 0 and no plans."""

    __tablename__ = "levels"
    __table_args__ = (
        CheckConstraint("level BETWEEN 0 AND 4", name="level_range"),
        CheckConstraint("target_level IS NULL OR target_level BETWEEN 0 AND 4", name="target_level_range"),
    )
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True, index=True)
    level: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    valid_until: Mapped[date | None] = mapped_column(Date)  # for certificates
    target_level: Mapped[int | None] = mapped_column(Integer)  # the training timetable
    target_date: Mapped[date | None] = mapped_column(Date)


class LevelChange(Base):
    """The history of a cell: who changed it when, from what to what, and why."""

    __tablename__ = "level_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), nullable=False)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    by: Mapped[str] = mapped_column(String(80), nullable=False)
    old_level: Mapped[int] = mapped_column(Integer, nullable=False)
    new_level: Mapped[int] = mapped_column(Integer, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    __table_args__ = (Index("ix_level_history_cell", "employee_id", "task_id"),)


class LevelDescription(Editable, Base):
    """What a level means for one task, in the company's own words."""

    __tablename__ = "level_descriptions"
    __table_args__ = (CheckConstraint("level BETWEEN 1 AND 4", name="level_range"),)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True)
    level: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")


class TaskTarget(Editable, Base):
    """How many people must be deployable (3+) and able to teach (4); team NULL means company-wide."""

    __tablename__ = "task_targets"
    __table_args__ = (
        CheckConstraint("deployable >= 0 AND teachers >= 0", name="counts_positive"),
        UniqueConstraint("task_id", "team_id", name="uq_task_targets_task_id_team_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), nullable=False, index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    deployable: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    teachers: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")


class FunctionRequirement(Editable, Base):
    """A function's required level profile: the level each task needs."""

    __tablename__ = "function_requirements"
    __table_args__ = (CheckConstraint("required_level BETWEEN 1 AND 4", name="required_level_range"),)
    function_id: Mapped[int] = mapped_column(ForeignKey("functions.id", ondelete="CASCADE"), primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True)
    required_level: Mapped[int] = mapped_column(Integer, nullable=False)
from wplstudio.storage import models_board  # noqa: E402,F401
from wplstudio.storage import models_onboarding  # noqa: E402,F401
from wplstudio.storage import models_quickscan, models_learning  # noqa: E402,F401
from wplstudio.storage import models_interviews  # noqa: E402,F401
