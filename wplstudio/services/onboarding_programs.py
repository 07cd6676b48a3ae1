"""Onboarding programs: ordered modules per function, with assignments, linked tasks and images.

Programs are company records (scope "others" in the permission table): the owner and
the manager view and edit them. Mentors and trainees read a program's modules through
their trajectory (services/onboarding.py). A program in use is archived, never deleted."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from wplstudio.domain import onboarding as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import InUse, NotFound
from wplstudio.domain.permissions import OTHERS, require
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import audit
from wplstudio.services.records import add_row, fetch, refuse_duplicate, stamp, update_versioned
from wplstudio.storage.database import Database
from wplstudio.storage.models import JobFunction, Task
from wplstudio.storage.models_onboarding import (OnboardingAssignment, OnboardingImage, OnboardingModule, OnboardingModuleTask,
                                                 OnboardingProgram, OnboardingTrajectory)


@dataclass(frozen=True)
class ModuleTask:
    task_id: int
    task_name: str
    level: int


@dataclass(frozen=True)
class ImageInfo:
    id: int
    caption: str
    mime: str
    size: int


@dataclass(frozen=True)
class ModuleRow:
    id: int
    position: int
    title: str
    goal: str
    why: str
    safety: str
    hours: float
    assessment: str
    pass_criterion: str
    assignments: tuple[tuple[int, str], ...]  # (assignment id, text)
    tasks: tuple[ModuleTask, ...]
    images: tuple[ImageInfo, ...]
    version: int

    def draft(self) -> rules.ModuleDraft:
        return rules.ModuleDraft(self.title, self.goal, self.why, self.safety, self.hours, self.assessment, self.pass_criterion,
                                 tuple(t for _, t in self.assignments), {t.task_id: t.level for t in self.tasks})


@dataclass(frozen=True)
class ProgramRow:
    id: int
    name: str
    function_id: int | None
    function_name: str
    description: str
    archived: bool
    in_use: int  # trajectories following it
    version: int
    modules: tuple[ModuleRow, ...] = field(default=())

    @property
    def total_hours(self) -> float:
        return sum(m.hours for m in self.modules)


NAME_TAKEN = QT_TRANSLATE_NOOP("errors", "A program called {name} already exists. Choose another name.")


def _require_edit(actor: Actor) -> None:
    require(actor, "onboarding", "edit", OTHERS)


def list_programs(db: Database, actor: Actor, include_archived: bool = False) -> list[ProgramRow]:
    require(actor, "onboarding", "view", OTHERS)
    with db.session() as s:
        query = select(OnboardingProgram).order_by(OnboardingProgram.name)
        if not include_archived:
            query = query.where(OnboardingProgram.archived.is_(False))
        return [program_row(s, p) for p in s.scalars(query)]


def get_program(db: Database, actor: Actor, program_id: int) -> ProgramRow:
    require(actor, "onboarding", "view", OTHERS)
    with db.session() as s:
        return program_row(s, fetch(s, OnboardingProgram, program_id))


def program_row(s: Session, p: OnboardingProgram) -> ProgramRow:
    function = s.get(JobFunction, p.function_id) if p.function_id else None
    used = s.scalar(select(func.count()).select_from(OnboardingTrajectory).where(OnboardingTrajectory.program_id == p.id))
    return ProgramRow(p.id, p.name, p.function_id, function.name if function else "", p.description, p.archived, used or 0,
                      p.version, tuple(modules_of(s, p.id)))


def modules_of(s: Session, program_id: int) -> list[ModuleRow]:
    modules = list(s.scalars(select(OnboardingModule).where(OnboardingModule.program_id == program_id)
                             .order_by(OnboardingModule.position, OnboardingModule.id)))
    ids = [m.id for m in modules]
    assignments: dict[int, list] = {}
    for a in s.scalars(select(OnboardingAssignment).where(OnboardingAssignment.module_id.in_(ids))
                       .order_by(OnboardingAssignment.position, OnboardingAssignment.id)):
        assignments.setdefault(a.module_id, []).append((a.id, a.text))
    tasks: dict[int, list] = {}
    for module_id, task_id, name, level in s.execute(select(OnboardingModuleTask.module_id, Task.id, Task.name, OnboardingModuleTask.level)
                                                     .join(Task, Task.id == OnboardingModuleTask.task_id)
                                                     .where(OnboardingModuleTask.module_id.in_(ids)).order_by(Task.name)):
        tasks.setdefault(module_id, []).append(ModuleTask(task_id, name, level))
    images: dict[int, list] = {}
    for i in s.execute(select(OnboardingImage.id, OnboardingImage.module_id, OnboardingImage.caption, OnboardingImage.mime,
                              OnboardingImage.size).where(OnboardingImage.module_id.in_(ids))
                       .order_by(OnboardingImage.position, OnboardingImage.id)):
        images.setdefault(i.module_id, []).append(ImageInfo(i.id, i.caption, i.mime, i.size))
    return [ModuleRow(m.id, m.position, m.title, m.goal, m.why, m.safety, m.hours, m.assessment, m.pass_criterion,
                      tuple(assignments.get(m.id, ())), tuple(tasks.get(m.id, ())), tuple(images.get(m.id, ())), m.version)
            for m in modules]


def save_program(db: Database, actor: Actor, name: str, function_id: int | None, description: str = "",
                 program_id: int | None = None, version: int | None = None) -> ProgramRow:
    _require_edit(actor)
    name = _program_name(name)
    with db.session() as s:
        refuse_duplicate(s, OnboardingProgram.name, name, program_id, NAME_TAKEN)
        if function_id is not None:
            fetch(s, JobFunction, function_id)
        values = {"name": name, "function_id": function_id, "description": (description or "").strip()}
        if program_id is None:
            program_id = add_row(s, actor, OnboardingProgram(**values, **stamp(actor))).id
        else:
            update_versioned(s, OnboardingProgram, program_id, version or 0, actor, values)
    return get_program(db, actor, program_id)


def _program_name(name: str) -> str:
    from wplstudio.domain.people import normalise_simple_name

    return normalise_simple_name(QT_TRANSLATE_NOOP("fields", "program name"), name)[:120]


def copy_program(db: Database, actor: Actor, program_id: int, new_name: str) -> ProgramRow:
    """A full copy (modules, assignments, tasks, images) under a new name, to adapt for another function."""
    _require_edit(actor)
    name = _program_name(new_name)
    with db.session() as s:
        source = fetch(s, OnboardingProgram, program_id)
        refuse_duplicate(s, OnboardingProgram.name, name, None, NAME_TAKEN)
        copy = add_row(s, actor, OnboardingProgram(name=name, function_id=source.function_id, description=source.description,
                                                   **stamp(actor)))
        for module in modules_of(s, program_id):
            new_id = _write_module(s, actor, copy.id, None, None, module.draft(), module.position)
            for image in s.scalars(select(OnboardingImage).where(OnboardingImage.module_id == module.id)):
                s.add(OnboardingImage(module_id=new_id, position=image.position, caption=image.caption, mime=image.mime,
                                      size=image.size, data=image.data))
        new_id = copy.id
    return get_program(db, actor, new_id)


def set_archived(db: Database, actor: Actor, program_id: int, version: int, archived: bool) -> ProgramRow:
    _require_edit(actor)
    with db.session() as s:
        update_versioned(s, OnboardingProgram, program_id, version, actor, {"archived": archived})
    return get_program(db, actor, program_id)


def delete_program(db: Database, actor: Actor, program_id: int, version: int) -> None:
    """Only a program nobody has followed; one in use is archived instead."""
    _require_edit(actor)
    with db.session() as s:
        program = fetch(s, OnboardingProgram, program_id)
        used = s.scalar(select(func.count()).select_from(OnboardingTrajectory).where(OnboardingTrajectory.program_id == program_id))
        if used:
            raise InUse(QT_TRANSLATE_NOOP("errors", "{name} is used by {count} trajectories, so it is kept. Archive it instead."),
                        name=program.name, count=used)
        from wplstudio.services.records import delete_versioned

        delete_versioned(s, OnboardingProgram, program_id, version, actor)


# --- modules ---------------------------------------------------------------------------

def save_module(db: Database, actor: Actor, program_id: int, draft: rules.ModuleDraft, module_id: int | None = None,
                version: int | None = None) -> ModuleRow:
    _require_edit(actor)
    draft = rules.check_module(draft)
    with db.session() as s:
        fetch(s, OnboardingProgram, program_id)
        _require_tasks(s, set(draft.tasks))
        position = None
        if module_id is None:
            position = (s.scalar(select(func.max(OnboardingModule.position)).where(OnboardingModule.program_id == program_id)) or 0) + 1
        elif fetch(s, OnboardingModule, module_id).program_id != program_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This module belongs to another program. Refresh the list."))
        module_id = _write_module(s, actor, program_id, module_id, version, draft, position)
        return next(m for m in modules_of(s, program_id) if m.id == module_id)


def _require_tasks(s: Session, task_ids: set[int]) -> None:
    if task_ids and len(set(s.scalars(select(Task.id).where(Task.id.in_(task_ids))))) < len(task_ids):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "A linked task no longer exists; someone may have removed it. Refresh the list."))


def _write_module(s: Session, actor: Actor, program_id: int, module_id: int | None, version: int | None,
                  draft: rules.ModuleDraft, position: int | None) -> int:
    values = {"title": draft.title, "goal": draft.goal, "why": draft.why, "safety": draft.safety, "hours": draft.hours,
              "assessment": draft.assessment, "pass_criterion": draft.pass_criterion}
    if module_id is None:
        module_id = add_row(s, actor, OnboardingModule(program_id=program_id, position=position or 0, **values, **stamp(actor))).id
    else:
        update_versioned(s, OnboardingModule, module_id, version or 0, actor, values)
    _write_assignments(s, module_id, draft.assignments)
    s.execute(delete(OnboardingModuleTask).where(OnboardingModuleTask.module_id == module_id))
    s.add_all(OnboardingModuleTask(module_id=module_id, task_id=t, level=lvl) for t, lvl in draft.tasks.items())
    return module_id


def _write_assignments(s: Session, module_id: int, texts: tuple[str, ...]) -> None:
    """Keep the rows (and so the ticks) of assignments whose text stays; add new ones, remove the rest."""
    existing = list(s.scalars(select(OnboardingAssignment).where(OnboardingAssignment.module_id == module_id)))
    by_text = {a.text: a for a in existing}
    keep = set()
    for position, text in enumerate(texts, 1):
        row = by_text.get(text)
        if row is None or row.id in keep:
            row = OnboardingAssignment(module_id=module_id, text=text)
            s.add(row)
        row.position = position
        s.flush()
        keep.add(row.id)
    for row in existing:
        if row.id not in keep:
            s.delete(row)


def move_module(db: Database, actor: Actor, module_id: int, step: int) -> None:
    """One place up (step -1) or down (+1) in its program."""
    _require_edit(actor)
    with db.session() as s:
        module = fetch(s, OnboardingModule, module_id)
        ordered = list(s.scalars(select(OnboardingModule).where(OnboardingModule.program_id == module.program_id)
                                 .order_by(OnboardingModule.position, OnboardingModule.id)))
        i = ordered.index(module)
        j = min(max(i + step, 0), len(ordered) - 1)
        ordered.insert(j, ordered.pop(i))
        for position, row in enumerate(ordered, 1):
            row.position = position
        audit.record(s, actor, "move", "onboarding_modules", module_id, {"position": i + 1}, {"position": j + 1})


def delete_module(db: Database, actor: Actor, module_id: int, version: int) -> None:
    _require_edit(actor)
    with db.session() as s:
        module = fetch(s, OnboardingModule, module_id)
        used = s.scalar(select(func.count()).select_from(OnboardingTrajectory).where(OnboardingTrajectory.program_id == module.program_id))
        if used:
            raise InUse(QT_TRANSLATE_NOOP("errors", "This program is used by {count} trajectories; its modules stay. Copy the program to change its structure."),
                        count=used)
        from wplstudio.services.records import delete_versioned

        delete_versioned(s, OnboardingModule, module_id, version, actor)


# --- images ----------------------------------------------------------------------------

def add_image(db: Database, actor: Actor, module_id: int, data: bytes, caption: str = "") -> ImageInfo:
    """A PNG or JPEG photo or sketch, kept in the database (so backups and the shared server carry it)."""
    _require_edit(actor)
    mime = rules.image_type(data)
    with db.session() as s:
        fetch(s, OnboardingModule, module_id)
        position = (s.scalar(select(func.max(OnboardingImage.position)).where(OnboardingImage.module_id == module_id)) or 0) + 1
        row = OnboardingImage(module_id=module_id, position=position, caption=(caption or "").strip()[:200], mime=mime,
                              size=len(data), data=data)
        s.add(row)
        s.flush()
        audit.record(s, actor, "create", "onboarding_images", row.id, None, {"module_id": module_id, "mime": mime, "size": len(data)})
        return ImageInfo(row.id, row.caption, mime, len(data))


def remove_image(db: Database, actor: Actor, image_id: int) -> None:
    _require_edit(actor)
    with db.session() as s:
        row = fetch(s, OnboardingImage, image_id)
        audit.record(s, actor, "delete", "onboarding_images", image_id, {"module_id": row.module_id, "size": row.size}, None)
        s.delete(row)


def image_data(db: Database, actor: Actor, image_id: int) -> bytes:
    """The picture's bytes. Anyone who may see onboarding at all may see a module's pictures: they show
    machines and sketches, not people's records."""
    from wplstudio.services.access import require_some

    require_some(actor, "onboarding", "view")
    with db.session() as s:
        return bytes(fetch(s, OnboardingImage, image_id).data)
