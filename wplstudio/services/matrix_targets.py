"""What the matrix is measured against: coverage targets per task (company-wide or per
team), the required level profile per function, what each level means per task,
and the certificate warning period.

Permissions: targets and profiles are the company's (area "matrix", scope others):
the office edits them, mentors read them. Level descriptions belong to the task
landscape, so every employee can read what "zelfstandig" means for their task.
Every change is audited in the same transaction."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wplstudio.domain import matrix as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import Conflict, FieldProblem, NotFound, ValidationFailed
from wplstudio.domain.permissions import OTHERS, require
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import audit
from wplstudio.services.access import require_some
from wplstudio.services.records import changed_by_other, fetch, now, stamp
from wplstudio.storage.database import Database
from wplstudio.storage.models import CoreTask, FunctionRequirement, JobFunction, LevelDescription, Setting, Task, TaskTarget, Team

EXPIRY_KEY = "matrix.expiry_warning_days"
GONE = QT_TRANSLATE_NOOP("errors", "This record no longer exists; someone may have removed it. Refresh the list.")
STALE = QT_TRANSLATE_NOOP("errors", "Someone else changed this while you were editing. Your change was not saved; reopen it to see the new data.")


@dataclass(frozen=True)
class TargetRow:
    task_id: int
    task_name: str
    team_id: int | None  # None: company-wide
    team_name: str
    deployable: int
    teachers: int
    version: int


@dataclass(frozen=True)
class TargetDraft:
    task_id: int
    team_id: int | None
    deployable: int
    teachers: int


@dataclass(frozen=True)
class RequirementRow:
    task_id: int
    task_name: str
    core_task_name: str
    required_level: int  # 0: not in the profile
    version: int  # 0: no row stored


@dataclass(frozen=True)
class DescriptionRow:
    level: int
    text: str
    version: int  # 0: not written yet


# --- coverage targets --------------------------------------------------------------

def list_targets(db: Database, actor: Actor, task_id: int | None = None) -> list[TargetRow]:
    """All targets (or one task's), company-wide first, in landscape order."""
    require(actor, "matrix", "view", OTHERS)
    with db.session() as s:
        query = (select(TaskTarget, Task.name, Team.name).join(Task, TaskTarget.task_id == Task.id)
                 .join(CoreTask, Task.core_task_id == CoreTask.id).outerjoin(Team, TaskTarget.team_id == Team.id)
                 .order_by(CoreTask.position, Task.position, Task.name, TaskTarget.team_id.is_not(None), Team.name))
        if task_id is not None:
            query = query.where(TaskTarget.task_id == task_id)
        return [TargetRow(t.task_id, task, t.team_id, team or "", t.deployable, t.teachers, t.version)
                for t, task, team in s.execute(query)]


def set_task_target(db: Database, actor: Actor, draft: TargetDraft, version: int = 0) -> TargetRow:
    """Create (version 0) or change (the version as read) the target of one task for one team or
    company-wide. There is at most one target per task and team; a second one is refused."""
    require(actor, "matrix", "edit", OTHERS)
    deployable, teachers = rules.check_target_counts(draft.deployable, draft.teachers)
    with db.session() as s:
        _check_task_and_team(s, draft.task_id, draft.team_id)
        _save_target(s, actor, TargetDraft(draft.task_id, draft.team_id, deployable, teachers), version)
    return next(t for t in list_targets(db, actor, draft.task_id) if t.team_id == draft.team_id)


def remove_task_target(db: Database, actor: Actor, task_id: int, team_id: int | None, version: int) -> None:
    require(actor, "matrix", "edit", OTHERS)
    with db.session() as s:
        row = _target(s, task_id, team_id)
        if row is None:
            raise NotFound(GONE)
        if row.version != version:
            raise changed_by_other(row)
        audit.record(s, actor, "delete", "task_targets", row.id, _target_values(row), None)
        s.delete(row)


def set_task_targets(db: Database, actor: Actor, drafts: list[TargetDraft]) -> int:
    """Many targets in one transaction (the demo, an import): each replaces what is there. Returns the count."""
    require(actor, "matrix", "edit", OTHERS)
    with db.session() as s:
        return write_task_targets(s, actor, drafts)


def write_task_targets(s, actor: Actor, drafts: list[TargetDraft]) -> int:
    """set_task_targets() inside the caller's transaction (the Excel import); unchanged targets are skipped."""
    require(actor, "matrix", "edit", OTHERS)
    checked = [TargetDraft(d.task_id, d.team_id, *rules.check_target_counts(d.deployable, d.teachers)) for d in drafts]
    for draft in checked:
        _check_task_and_team(s, draft.task_id, draft.team_id)
        existing = _target(s, draft.task_id, draft.team_id)
        if existing is None or (existing.deployable, existing.teachers) != (draft.deployable, draft.teachers):
            _save_target(s, actor, draft, existing.version if existing else 0)
    return len(checked)


@dataclass(frozen=True)
class TargetEdit:
    """One line of a task's targets dialog: deployable None removes the target (version as read)."""

    team_id: int | None
    deployable: int | None
    teachers: int
    version: int  # 0: there was no target when the dialog opened


def save_task_page(db: Database, actor: Actor, task_id: int, targets: list[TargetEdit],
                   texts: Mapping[int, str] | None = None, read_texts: Mapping[int, int] | None = None) -> None:
    """What the task dialog shows, saved in one transaction: its targets (company-wide and per team)
    and, when given, its level descriptions. Any stale or wrong line refuses the whole save."""
    require(actor, "matrix", "edit", OTHERS)
    if texts is not None:
        require(actor, "landscape", "edit", OTHERS)
    checked = [(t, rules.check_target_counts(t.deployable, t.teachers) if t.deployable is not None else None) for t in targets]
    cleaned = {_description_level(lv): rules.clean_description(x) for lv, x in (texts or {}).items()}
    with db.session() as s:
        for edit, counts in checked:
            _check_task_and_team(s, task_id, edit.team_id)
            _apply_target_edit(s, actor, task_id, edit, counts)
        if texts is not None:
            _save_descriptions(s, actor, task_id, cleaned, read_texts)


def _apply_target_edit(s: Session, actor: Actor, task_id: int, edit: TargetEdit, counts: tuple[int, int] | None) -> None:
    if counts is not None:
        _save_target(s, actor, TargetDraft(task_id, edit.team_id, *counts), edit.version)
        return
    row = _target(s, task_id, edit.team_id)
    if row is None and not edit.version:
        return  # there was none and there is none
    if row is None or row.version != edit.version:
        raise changed_by_other(row) if row is not None else NotFound(GONE)
    audit.record(s, actor, "delete", "task_targets", row.id, _target_values(row), None)
    s.delete(row)


def _target(s: Session, task_id: int, team_id: int | None) -> TaskTarget | None:
    # SQL's unique constraint lets any number of NULL teams through; this lookup is what keeps one company-wide row
    team = TaskTarget.team_id.is_(None) if team_id is None else TaskTarget.team_id == team_id
    return s.scalars(select(TaskTarget).where(TaskTarget.task_id == task_id, team)).first()


def _save_target(s: Session, actor: Actor, draft: TargetDraft, version: int) -> None:
    row = _target(s, draft.task_id, draft.team_id)
    if row is None and version:
        raise NotFound(GONE)
    if row is not None and row.version != version:
        raise changed_by_other(row) if version else Conflict(QT_TRANSLATE_NOOP(
            "errors", "This task already has a target for that team. Change that one instead."))
    if row is None:
        row = TaskTarget(task_id=draft.task_id, team_id=draft.team_id, deployable=draft.deployable,
                         teachers=draft.teachers, **stamp(actor))
        s.add(row)
        s.flush()
        audit.record(s, actor, "create", "task_targets", row.id, None, _target_values(row))
        return
    before = _target_values(row)
    row.deployable, row.teachers, row.version = draft.deployable, draft.teachers, row.version + 1
    row.updated_at, row.updated_by = now(), actor.name[:80]
    old, new = _changed(before, _target_values(row))
    if new:
        audit.record(s, actor, "update", "task_targets", row.id, old, new)


def _target_values(row: TaskTarget) -> dict:
    return {"task_id": row.task_id, "team_id": row.team_id, "deployable": row.deployable, "teachers": row.teachers}


def _changed(before: dict, after: dict) -> tuple[dict, dict]:
    names = [k for k in after if before.get(k) != after[k]]
    return {k: before.get(k) for k in names}, {k: after[k] for k in names}


def _check_task_and_team(s: Session, task_id: int, team_id: int | None) -> Task:
    task = s.get(Task, task_id)
    if task is None or (team_id is not None and s.get(Team, team_id) is None):
        raise NotFound(GONE)
    return task


# --- function profiles -----------------------------------------------------------

def function_profile(db: Database, actor: Actor, function_id: int) -> list[RequirementRow]:
    """Every task of the landscape with the level this function requires (0: not required)."""
    require(actor, "matrix", "view", OTHERS)
    with db.session() as s:
        fetch(s, JobFunction, function_id)
        stored = {r.task_id: r for r in s.scalars(select(FunctionRequirement).where(FunctionRequirement.function_id == function_id))}
        query = (select(Task.id, Task.name, CoreTask.name).join(CoreTask, Task.core_task_id == CoreTask.id)
                 .order_by(CoreTask.position, CoreTask.name, Task.position, Task.name))
        return [RequirementRow(t, name, core, stored[t].required_level if t in stored else 0, stored[t].version if t in stored else 0)
                for t, name, core in s.execute(query)]


def set_function_profile(db: Database, actor: Actor, function_id: int, profile: Mapping[int, int],
                         read: Mapping[int, int] | None = None) -> list[RequirementRow]:
    """Make the function's profile exactly `profile` (task_id -> level 1-4; 0 or absent: not required).
    read: task_id -> version as shown (from function_profile); a row changed since then refuses the save."""
    require(actor, "matrix", "edit", OTHERS)
    wanted = {t: rules.check_required_level(lv) for t, lv in profile.items() if lv}
    with db.session() as s:
        fetch(s, JobFunction, function_id)
        _apply_profile(s, actor, function_id, wanted, read)
    return function_profile(db, actor, function_id)


def set_function_profiles(db: Database, actor: Actor, profiles: Mapping[int, Mapping[int, int]]) -> None:
    """Several functions' profiles in one transaction (the demo, an import), without version checks."""
    require(actor, "matrix", "edit", OTHERS)
    checked = {f: {t: rules.check_required_level(lv) for t, lv in p.items() if lv} for f, p in profiles.items()}
    with db.session() as s:
        for function_id, wanted in checked.items():
            fetch(s, JobFunction, function_id)
            _apply_profile(s, actor, function_id, wanted, None)


def _apply_profile(s: Session, actor: Actor, function_id: int, wanted: dict[int, int], read: Mapping[int, int] | None) -> None:
    stored = {r.task_id: r for r in s.scalars(select(FunctionRequirement).where(FunctionRequirement.function_id == function_id))}
    if read is not None and any(read.get(t, 0) != (stored[t].version if t in stored else 0) for t in set(read) | set(stored)):
        raise Conflict(STALE)
    tasks = set(s.scalars(select(Task.id).where(Task.id.in_(wanted)))) if wanted else set()
    if len(tasks) < len(wanted):
        raise NotFound(GONE)
    for task_id in set(stored) | set(wanted):
        _apply_requirement(s, actor, function_id, task_id, stored.get(task_id), wanted.get(task_id, 0))


def _apply_requirement(s: Session, actor: Actor, function_id: int, task_id: int, row: FunctionRequirement | None, level: int) -> None:
    key = f"{function_id}/{task_id}"
    old = row.required_level if row else 0
    if old == level:
        return
    if row is None:
        s.add(FunctionRequirement(function_id=function_id, task_id=task_id, required_level=level, **stamp(actor)))
    elif level == 0:
        s.delete(row)
    else:
        row.required_level, row.version = level, row.version + 1
        row.updated_at, row.updated_by = now(), actor.name[:80]
    s.flush()
    action = "create" if row is None else "delete" if level == 0 else "update"
    audit.record(s, actor, action, "function_requirements", key, {"required_level": old} if row else None,
                 {"required_level": level} if level else None)


# --- level descriptions ------------------------------------------------------------

def level_descriptions(db: Database, actor: Actor, task_id: int) -> list[DescriptionRow]:
    """Levels 1-4 of one task, each with the company's own words ("" where none were written)."""
    require(actor, "landscape", "view", OTHERS)
    with db.session() as s:
        fetch(s, Task, task_id)
        stored = {d.level: d for d in s.scalars(select(LevelDescription).where(LevelDescription.task_id == task_id))}
        return [DescriptionRow(lv, stored[lv].text if lv in stored else "", stored[lv].version if lv in stored else 0)
                for lv in range(1, 5)]


def all_level_descriptions(db: Database, actor: Actor) -> dict[int, dict[int, str]]:
    """task_id -> level -> text, for tooltips, the Excel legend and the wall print."""
    require(actor, "landscape", "view", OTHERS)
    with db.session() as s:
        result: dict[int, dict[int, str]] = {}
        for task_id, level, text in s.execute(select(LevelDescription.task_id, LevelDescription.level, LevelDescription.text)):
            if text:
                result.setdefault(task_id, {})[level] = text
        return result


def set_level_descriptions(db: Database, actor: Actor, task_id: int, texts: Mapping[int, str],
                           read: Mapping[int, int] | None = None) -> list[DescriptionRow]:
    """Write the descriptions of levels in `texts` (level -> text; "" removes one). read: level ->
    version as shown; a description changed since refuses the save."""
    require(actor, "landscape", "edit", OTHERS)
    cleaned = {_description_level(lv): rules.clean_description(text) for lv, text in texts.items()}
    with db.session() as s:
        _save_descriptions(s, actor, task_id, cleaned, read)
    return level_descriptions(db, actor, task_id)


def _save_descriptions(s: Session, actor: Actor, task_id: int, cleaned: dict[int, str], read: Mapping[int, int] | None) -> None:
    fetch(s, Task, task_id)
    stored = {d.level: d for d in s.scalars(select(LevelDescription).where(LevelDescription.task_id == task_id))}
    if read is not None and any(read.get(lv, 0) != (stored[lv].version if lv in stored else 0) for lv in cleaned):
        raise Conflict(STALE)
    for level, text in cleaned.items():
        _apply_description(s, actor, task_id, level, stored.get(level), text)


def set_many_level_descriptions(db: Database, actor: Actor, texts: Mapping[int, Mapping[int, str]]) -> None:
    """Descriptions for several tasks (task_id -> level -> text) in one transaction, without version checks."""
    require(actor, "landscape", "edit", OTHERS)
    cleaned = {t: {_description_level(lv): rules.clean_description(x) for lv, x in per.items()} for t, per in texts.items()}
    with db.session() as s:
        for task_id, per_level in cleaned.items():
            fetch(s, Task, task_id)
            for level, text in per_level.items():
                _apply_description(s, actor, task_id, level, s.get(LevelDescription, (task_id, level)), text)


def _description_level(level: object) -> int:
    if not isinstance(level, int) or isinstance(level, bool) or not 1 <= level <= 4:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "level"), QT_TRANSLATE_NOOP(
            "errors", "Only levels 1 to 4 have a description."))])
    return level


def _apply_description(s: Session, actor: Actor, task_id: int, level: int, row: LevelDescription | None, text: str) -> None:
    old = row.text if row else ""
    if old == text:
        return
    if row is None:
        s.add(LevelDescription(task_id=task_id, level=level, text=text, **stamp(actor)))
    elif not text:
        s.delete(row)
    else:
        row.text, row.version = text, row.version + 1
        row.updated_at, row.updated_by = now(), actor.name[:80]
    s.flush()
    action = "create" if row is None else "delete" if not text else "update"
    audit.record(s, actor, action, "level_descriptions", f"{task_id}/{level}", {"text": old} if row else None,
                 {"text": text} if text else None)


# --- the certificate warning period ---------------------------------------------

def expiry_warning_days(db: Database, actor: Actor) -> int:
    """How many days before a certificate expires it is flagged (default 60)."""
    require_some(actor, "matrix", "view")
    with db.session() as s:
        return warning_days_in(s)


def warning_days_in(s: Session) -> int:
    row = s.get(Setting, EXPIRY_KEY)
    try:
        return int(row.value) if row else rules.EXPIRY_WARNING_DAYS
    except ValueError:  # hand-edited setting: fall back rather than break every figure
        return rules.EXPIRY_WARNING_DAYS


def set_expiry_warning_days(db: Database, actor: Actor, days: int) -> int:
    require(actor, "settings", "edit", OTHERS)
    if not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= 365:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "warning period"), QT_TRANSLATE_NOOP(
            "errors", "The warning period is a whole number of days from 0 to 365."))])
    with db.session() as s:
        row = s.get(Setting, EXPIRY_KEY)
        before = row.value if row else None
        if row is None:
            s.add(Setting(key=EXPIRY_KEY, value=str(days), **stamp(actor)))
        else:
            row.value, row.version = str(days), row.version + 1
            row.updated_at, row.updated_by = now(), actor.name[:80]
        s.flush()
        audit.record(s, actor, "update" if row else "create", "settings", EXPIRY_KEY,
                     {"value": before} if row else None, {"value": str(days)})
    return days
