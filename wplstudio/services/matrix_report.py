"""The matrix as the Excel export and the A3 wall print need it: plain data, one team
or everyone, with the coverage figures from the core (domain.matrix.coverage).

Permissions: the export needs "matrix export" (the office); the print needs "matrix
print", and holds only the rows the actor may view (services.matrix.load decides)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from wplstudio.domain import matrix as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import WplError
from wplstudio.domain.levels import DEPLOYABLE, MENTOR
from wplstudio.domain.permissions import OTHERS, require
from wplstudio.domain.sheet_text import task_key
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import company, matrix
from wplstudio.services.access import require_some
from wplstudio.storage.database import Database


@dataclass(frozen=True)
class CoverageCell:
    deployable: int  # people at effective level 3+ among those printed
    target: int | None  # None: no target for this task (for this team)
    teachers: int  # people at effective level 4
    teacher_target: int | None
    status: str  # domain.matrix GREEN / AMBER / RED / NO_TARGET, for both targets together


@dataclass(frozen=True)
class MatrixReport:
    company: str
    today: date
    team: str  # "" for the whole company
    data: matrix.MatrixData
    coverage: dict[int, CoverageCell] = field(default_factory=dict)  # task_id -> coverage
    team_names: dict[int, str] = field(default_factory=dict)  # team_id -> name, for the coverage targets per team

    def certificate_state(self, employee_id: int, task: matrix.ColumnTask) -> str:
        """'expired', 'expiring', 'missing' or 'valid' for a certificate held at level 3+, else ''."""
        cell = self.data.cell(employee_id, task.id)
        if not task.is_certificate or cell.level < 3:
            return ""
        return rules.certificate_state(cell.valid_until, self.today)


def for_export(db: Database, actor: Actor, team: str | None = None, today: date | None = None) -> MatrixReport:
    require(actor, "matrix", "export", OTHERS)
    return _report(db, actor, team, today)


def for_print(db: Database, actor: Actor, team: str | None = None, today: date | None = None) -> MatrixReport:
    require_some(actor, "matrix", "print")
    return _report(db, actor, team, today)


def _report(db: Database, actor: Actor, team: str | None, today: date | None) -> MatrixReport:
    data = matrix.load(db, actor, today)
    team_id, team_name = _team(data, team) if team else (None, "")
    shown = replace(data, people=[p for p in data.people if p.team_id == team_id]) if team else data
    teams = {p.team_id: p.team_name for p in data.people if p.team_id is not None}
    return MatrixReport(company.get_company(db, actor).name, data.today, team_name, shown, _coverage(data, shown, team_id), teams)


def _team(data: matrix.MatrixData, wanted: str) -> tuple[int, str]:
    teams = {p.team_id: p.team_name for p in data.people if p.team_id is not None}
    for team_id, name in teams.items():
        if task_key(name) == task_key(wanted):
            return team_id, name
    raise WplError(QT_TRANSLATE_NOOP("errors", "There is no team called {team} in the matrix. Teams: {teams}."),
                   team=wanted, teams=", ".join(sorted(teams.values())) or "-")


def _coverage(full: matrix.MatrixData, shown: matrix.MatrixData, team_id: int | None) -> dict[int, CoverageCell]:
    """Per task: people at effective level 3+ (and 4) among those shown, against the target for that
    team (or company-wide); the status as domain.matrix.coverage_status judges it. One pass over the cells."""
    targets = {(t.task_id, t.team_id): t for t in full.targets}
    certificate = {t.id: t.is_certificate for t in shown.tasks}
    people = {p.id for p in shown.people}
    doers, masters = dict.fromkeys(certificate, 0), dict.fromkeys(certificate, 0)
    for (employee_id, task_id), cell in shown.cells.items():
        if cell.level >= DEPLOYABLE and employee_id in people and task_id in certificate:
            level = rules.effective_level(cell, certificate[task_id], shown.today)
            doers[task_id] += level >= DEPLOYABLE
            masters[task_id] += level >= MENTOR
    cells = {}
    for task_id in certificate:
        target = targets.get((task_id, team_id))
        d, m = doers[task_id], masters[task_id]
        status = rules.coverage_status(d, m, target.deployable, target.teachers) if target else rules.NO_TARGET
        cells[task_id] = CoverageCell(d, target.deployable if target else None, m, target.teachers if target else None, status)
    return cells
