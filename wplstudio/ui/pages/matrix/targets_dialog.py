"""One task's coverage targets (company-wide and per team) and what each level means
for it, in the company's own words. Saved in one go by services.matrix_targets.save_task_page,
which checks the numbers, the permissions and that nobody changed them meanwhile."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPlainTextEdit, QSpinBox

from wplstudio.domain.matrix import TARGET_MAX
from wplstudio.services import matrix_figures, matrix_targets, people
from wplstudio.services.matrix_targets import TargetEdit
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded
from wplstudio.ui.form_dialog import FormDialog
from wplstudio.ui.pages.matrix.model import level_words


class _TargetLine:
    """One row of the targets grid: has a target?, deployable, teachers, and today's numbers."""

    def __init__(self, team_id: int | None, version: int, deployable: int | None, teachers: int) -> None:
        self.team_id, self.version = team_id, version
        self.on = QCheckBox()
        self.deployable = QSpinBox(minimum=0, maximum=TARGET_MAX, value=deployable or 0)
        self.teachers = QSpinBox(minimum=0, maximum=TARGET_MAX, value=teachers)
        for spin in (self.deployable, self.teachers):
            spin.setMaximumWidth(90)
        self.on.toggled.connect(self._enable)
        self.on.setChecked(deployable is not None)
        self._enable(deployable is not None)

    def _enable(self, on: bool) -> None:
        self.deployable.setEnabled(on)
        self.teachers.setEnabled(on)

    def edit(self) -> TargetEdit:
        return TargetEdit(self.team_id, self.deployable.value() if self.on.isChecked() else None, self.teachers.value(), self.version)


class TaskTargetsDialog(FormDialog):
    def __init__(self, ctx: AppContext, task_id: int, task_name: str, targets: list, teams: list, coverage: list,
                 descriptions: list, parent=None) -> None:
        super().__init__(self.tr("Targets and levels — {task}").format(task=task_name), parent)
        self.setMinimumWidth(860)
        self.ctx, self.task_id = ctx, task_id
        self.lines = self._targets_grid(targets, teams, coverage)
        self.texts = self._descriptions(descriptions)
        self.read_texts = {d.level: d.version for d in descriptions}

    @classmethod
    def open(cls, ctx: AppContext, task_id: int, task_name: str, parent=None) -> bool:
        """Load what the dialog shows, then show it; True when something was saved."""
        def load():
            db, actor = ctx.db, ctx.actor
            return (matrix_targets.list_targets(db, actor, task_id), people.list_teams(db, actor),
                    [r for r in matrix_figures.coverage(db, actor) if r.task_id == task_id],
                    matrix_targets.level_descriptions(db, actor, task_id))

        found = guarded(parent, load)
        return found is not None and cls.run(ctx, task_id, task_name, *found, parent=parent)

    def _targets_grid(self, targets, teams, coverage) -> list[_TargetLine]:
        grid = QGridLayout()
        grid.setColumnStretch(4, 1)
        for column, title in enumerate((self.tr("For"), self.tr("Target"), self.tr("Deployable (U/O)"),
                                        self.tr("Can teach (O)"), self.tr("Now"))):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        stored = {t.team_id: t for t in targets}
        now = {r.team_id: r for r in coverage}
        lines = []
        for row, (team_id, name) in enumerate([(None, self.tr("Whole company"))] + [(t.id, t.name) for t in teams], start=1):
            target = stored.get(team_id)
            line = _TargetLine(team_id, target.version if target else 0, target.deployable if target else None,
                               target.teachers if target else 0)
            for column, widget in enumerate((QLabel(name), line.on, line.deployable, line.teachers,
                                             QLabel(self._now(now.get(team_id), team_id)))):
                grid.addWidget(widget, row, column)
            lines.append(line)
        self.form.addRow(QLabel("<b>" + self.tr("How many people must be able to do this task alone, and how many must be "
                                                "able to teach it?") + "</b>", wordWrap=True))
        self.form.addRow(grid)
        return lines

    def _now(self, row, team_id) -> str:
        if row is None:  # a team without a target: coverage counts only teams with one
            return ""
        return self.tr("{d} deployable, {t} can teach").format(d=row.deployable, t=row.teachers)

    def _descriptions(self, descriptions) -> dict[int, QPlainTextEdit]:
        self.form.addRow(QLabel("<br><b>" + self.tr("What each level means for this task, in your own words:") + "</b>"))
        texts = {}
        for d in descriptions:
            edit = QPlainTextEdit(d.text, objectName=f"levelText{d.level}")
            edit.setFixedHeight(64)
            edit.setTabChangesFocus(True)
            self.form.addRow(level_words(d.level), edit)
            texts[d.level] = edit
        return texts

    def save(self):
        texts = {level: edit.toPlainText() for level, edit in self.texts.items()}
        matrix_targets.save_task_page(self.ctx.db, self.ctx.actor, self.task_id, [line.edit() for line in self.lines],
                                      texts, self.read_texts)
        return True
