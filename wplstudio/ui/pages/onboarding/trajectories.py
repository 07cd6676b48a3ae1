"""The trajectories tab: the list (a mentor sees their trainees, a trainee themselves) and the
selected trajectory: modules with their status, the checklist, pictures, signatures,
comments, and the planned-against-actual chart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QProgressBar, QPushButton, QScrollArea, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from wplstudio.domain import onboarding as rules
from wplstudio.domain.permissions import OTHERS, allowed
from wplstudio.i18n import translate
from wplstudio.services import onboarding, onboarding_programs as programs, onboarding_signing as signing
from wplstudio.ui.access import may
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded
from wplstudio.ui.flow_layout import FlowLayout
from wplstudio.ui.pages.onboarding import dialogs
from wplstudio.ui.table_model import ROW_ROLE, SORT_ROLE, Column, RowsModel

STATUS_COLOURS = {rules.SIGNED: "#2e7d32", rules.READY: "#1565c0", rules.BUSY: "#e07b00", rules.OPEN: "#5f6b77"}
STATUS_MARKS = {rules.SIGNED: "✔", rules.READY: "✎", rules.BUSY: "◐", rules.OPEN: "○"}


class TrajectoriesTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = None
        self.model = RowsModel(self._columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._table()
        self.modules = QListWidget()
        self.modules.setMinimumWidth(260)
        self.modules.currentRowChanged.connect(lambda _r: self.show_module())
        self.module_panel = QWidget()
        self.module_layout = QVBoxLayout(self.module_panel)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.module_panel)
        self.header = QLabel(objectName="hint", wordWrap=True)
        self.progress = QProgressBar(maximum=100)
        self.chart_holder = QVBoxLayout()
        self._buttons()
        self._layout(scroll)

    def _columns(self) -> list[Column]:
        return [Column(self.tr("Trainee"), lambda r: r.trainee_name),
                Column(self.tr("Program"), lambda r: r.program_name),
                Column(self.tr("Mentor"), lambda r: r.mentor_name),
                Column(self.tr("Done"), lambda r: f"{r.percent}%", lambda r: r.percent),
                Column(self.tr("Status"), lambda r: _trajectory_status(r)),
                Column(self.tr("Ready to sign"), lambda r: ", ".join(r.ready)),
                Column(self.tr("Overdue"), lambda r: r.overdue or ""),
                Column(self.tr("Next talk"), lambda r: r.next_talk.strftime("%d-%m-%Y") + (" !" if r.talk_due else ""),
                       lambda r: r.next_talk)]

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(32)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().currentRowChanged.connect(lambda *_: self.load_detail())
        return table

    def _buttons(self) -> None:
        edit = may(self.ctx.actor, "onboarding", "edit")
        pairing = allowed(self.ctx.actor.role, "onboarding", "edit", OTHERS)  # pairing is the company's decision
        self.start_button = QPushButton(self.tr("New trajectory…"), enabled=pairing)
        self.mentor_button = QPushButton(self.tr("Change mentor…"), enabled=pairing)
        self.talk_button = QPushButton(self.tr("Progress talk…"), enabled=edit)
        self.card_button = QPushButton(self.tr("Progress card (PDF)…"))
        self.certificate_button = QPushButton(self.tr("Certificate (PDF)…"))
        self.batch_button = QPushButton(self.tr("All certificates…"), enabled=may(self.ctx.actor, "onboarding", "export"))
        self.start_button.clicked.connect(self.start_clicked)
        self.mentor_button.clicked.connect(self.mentor_clicked)
        self.talk_button.clicked.connect(self.talk_clicked)
        self.card_button.clicked.connect(self.card_clicked)
        self.certificate_button.clicked.connect(self.certificate_clicked)
        self.batch_button.clicked.connect(self.batch_clicked)

    def _layout(self, scroll: QScrollArea) -> None:
        bar = FlowLayout()  # six buttons: on a narrow screen they wrap instead of widening the window
        for b in (self.start_button, self.mentor_button, self.talk_button, self.card_button, self.certificate_button, self.batch_button):
            bar.addWidget(b)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(self.chart_holder)
        upper = QWidget()
        upper.setLayout(top)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.header)
        left_layout.addWidget(self.progress)
        left_layout.addWidget(self.modules, 1)
        lower = QSplitter()
        lower.addWidget(left)
        lower.addWidget(scroll)
        lower.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    # --- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        rows = guarded(self, lambda: onboarding.list_trajectories(self.ctx.db, self.ctx.actor))
        keep = self.current_row().id if self.current_row() else None
        self.model.set_rows(rows or [])
        self.table.resizeColumnsToContents()
        self.select(keep if keep is not None else (rows[0].id if rows else None))

    def select(self, trajectory_id) -> None:
        for i in range(self.proxy.rowCount()):
            if self.proxy.index(i, 0).data(ROW_ROLE).id == trajectory_id:
                self.table.selectRow(i)
                self.load_detail()
                return
        self.load_detail()

    def current_row(self):
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def load_detail(self) -> None:
        row = self.current_row()
        self.detail = guarded(self, lambda: onboarding.get_trajectory(self.ctx.db, self.ctx.actor, row.id)) if row else None
        keep = self.modules.currentRow()
        self.modules.clear()
        d = self.detail
        if d is None:
            self.header.setText(self.tr("No trajectory yet. Start one with New trajectory."))
            self.progress.setValue(0)
            _empty(self.chart_holder)
            self.show_module()
            return
        self.header.setText(self.tr("{trainee} · {program} · mentor {mentor} · started {start}").format(
            trainee=d.row.trainee_name, program=d.row.program_name, mentor=d.row.mentor_name or "-", start=d.row.start_date.strftime("%d-%m-%Y")))
        self.progress.setValue(d.row.percent)
        for n, m in enumerate(d.modules, 1):
            item = QListWidgetItem(f"{STATUS_MARKS[m.status]}  {n}. {m.module.title}\n     "
                                   + translate("onboarding", rules.STATUS_TITLES[m.status]) + " · " + m.planned.strftime("%d-%m")
                                   + (" · " + self.tr("overdue") if m.overdue else ""))
            item.setForeground(QBrush(QColor("#c62828" if m.overdue else STATUS_COLOURS[m.status])))
            self.modules.addItem(item)
        self.modules.setCurrentRow(keep if 0 <= keep < len(d.modules) else next(
            (i for i, m in enumerate(d.modules) if m.status != rules.SIGNED), 0))
        self._chart()

    def _chart(self) -> None:
        _empty(self.chart_holder)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from wplstudio.charts.onboarding import planned_vs_actual
        from datetime import date

        canvas = FigureCanvasQTAgg(planned_vs_actual(self.detail.curve, len(self.detail.modules), date.today(), (3.8, 2.3)))
        canvas.setFixedSize(380, 230)
        self.chart_holder.addWidget(canvas)

    # --- one module -----------------------------------------------------------------------

    def current_module(self):
        i = self.modules.currentRow()
        return self.detail.modules[i] if self.detail and 0 <= i < len(self.detail.modules) else None

    def show_module(self) -> None:
        _empty(self.module_layout)
        m = self.current_module()
        if m is None:
            return
        add = self.module_layout.addWidget
        add(QLabel(f"<h2>{m.module.title}</h2>"))
        for label, text in ((self.tr("Goal"), m.module.goal), (self.tr("Why"), m.module.why), (self.tr("Safety"), m.module.safety)):
            if text:
                add(QLabel(f"<b>{label}:</b> {text}", wordWrap=True))
        self._pictures(m)
        locked = m.status == rules.SIGNED
        add(QLabel("<b>{}</b>".format(self.tr("Assignments"))))
        for assignment_id, text in m.module.assignments:
            box = QCheckBox(text, checked=assignment_id in m.ticked, enabled=not locked)
            box.setStyleSheet("QCheckBox { font-size: 15px; padding: 4px; }")
            box.toggled.connect(lambda on, a=assignment_id: self.tick(a, on))
            add(box)
        self._signatures(m)
        self._comments(m)
        self.module_layout.addStretch(1)

    def _pictures(self, m) -> None:
        if not m.module.images:
            return
        strip = QHBoxLayout()
        for image in m.module.images[:4]:
            data = guarded(self, lambda i=image: programs.image_data(self.ctx.db, self.ctx.actor, i.id))
            pixmap = QPixmap()
            if data and pixmap.loadFromData(data):
                label = QLabel()
                label.setPixmap(pixmap.scaledToHeight(110, Qt.TransformationMode.SmoothTransformation))
                label.setToolTip(image.caption)
                strip.addWidget(label)
        strip.addStretch(1)
        holder = QWidget()
        holder.setLayout(strip)
        self.module_layout.addWidget(holder)

    def _signatures(self, m) -> None:
        add = self.module_layout.addWidget
        add(QLabel("<b>{}</b>".format(self.tr("Sign-off"))))
        for s in m.signatures:
            who = translate("roles", rules.ROLE_WORDS[s.role])
            text = f"{s.signer_name} ({who}) · {s.at.astimezone().strftime('%d-%m-%Y %H:%M')}"
            text += f" · {s.result}" if s.result else ""
            text += f" · “{s.comment}”" if s.comment else ""
            add(QLabel(f"<s>{text}</s> " + self.tr("(revoked)") if s.revoked else "✔ " + text, wordWrap=True))
        for r in m.revocations:
            add(QLabel(self.tr("Revoked by {by} on {when}: {reason}").format(by=r.by, when=r.at.astimezone().strftime("%d-%m-%Y"),
                                                                             reason=r.reason), wordWrap=True, objectName="hint"))
        bar = QHBoxLayout()
        for role in rules.SIGNER_ROLES:
            button = QPushButton(translate("onboarding", dialogs.SIGN_AS[role]), enabled=m.current(role) is None)
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _c=False, r=role: self.sign(r))
            bar.addWidget(button)
        revoke = QPushButton(self.tr("Revoke…"), enabled=bool([s for s in m.signatures if not s.revoked]) and may(self.ctx.actor, "onboarding", "edit"))
        revoke.clicked.connect(self.revoke)
        bar.addWidget(revoke)
        holder = QWidget()
        holder.setLayout(bar)
        self.module_layout.addWidget(holder)

    def _comments(self, m) -> None:
        add = self.module_layout.addWidget
        add(QLabel("<b>{}</b>".format(self.tr("Comments"))))
        for c in m.comments:
            role = translate("roles", rules.ROLE_WORDS.get(c.author_role, c.author_role))
            add(QLabel(f"<i>{c.author} ({role}) · {c.at.astimezone().strftime('%d-%m %H:%M')}</i>: {c.text}", wordWrap=True))
        self.comment_edit = QLineEdit(placeholderText=self.tr("Write a comment and press Enter"))
        self.comment_edit.returnPressed.connect(self.comment)
        add(self.comment_edit)

    # --- actions --------------------------------------------------------------------------

    def tick(self, assignment_id: int, on: bool) -> None:
        guarded(self, lambda: onboarding.set_ticked(self.ctx.db, self.ctx.actor, self.detail.row.id, assignment_id, on))
        self.refresh()

    def comment(self) -> None:
        m = self.current_module()
        if guarded(self, lambda: onboarding.add_comment(self.ctx.db, self.ctx.actor, self.detail.row.id, m.module.id,
                                                        self.comment_edit.text()) or True):
            self.load_detail()

    def sign(self, role: str) -> None:
        m, row = self.current_module(), self.detail.row
        before = guarded(self, lambda: signing.open_before(self.ctx.db, self.ctx.actor, row.id, m.module.id))
        if before is None:
            return
        if before and QMessageBox.question(self, self.tr("Earlier modules are open"), self.tr(
                "These earlier modules are not signed yet: {titles}. Sign this one anyway?").format(titles=", ".join(before))) != QMessageBox.StandardButton.Yes:
            return
        dialog = dialogs.SignDialog(self.ctx, row, m, role, self)
        dialog.accept_open = bool(before)
        if dialog.exec() and dialog.saved is not None and dialog.saved.complete:
            raised = ", ".join(f"{task} {old}→{new}" for task, old, new in dialog.saved.raised)
            QMessageBox.information(self, self.tr("Module signed"), self.tr("Both have signed. The module is locked.") + (
                "\n" + self.tr("The matrix learned: {changes}").format(changes=raised) if raised else ""))
        self.refresh()

    def revoke(self) -> None:
        if dialogs.RevokeDialog.run(self.ctx, self.detail.row.id, self.current_module(), parent=self):
            self.refresh()

    def start_clicked(self) -> None:
        dialog = dialogs.StartTrajectoryDialog(self.ctx, self)
        if dialog.exec() and dialog.saved is not None:
            self.refresh()
            self.select(dialog.saved.id)

    def mentor_clicked(self) -> None:
        row = self.current_row()
        if row and dialogs.ChangeMentorDialog.run(self.ctx, row, parent=self):
            self.refresh()

    def talk_clicked(self) -> None:
        row = self.current_row()
        if row and dialogs.TalkDialog.run(self.ctx, row, parent=self):
            self.refresh()

    def card_clicked(self) -> None:
        row = self.current_row()
        if row is None:
            return
        out = _save_as(self, self.tr("Save the progress card"), f"voortgang-{row.trainee_name}.pdf")
        if out:
            from wplstudio.reports import onboarding_pdf
            from wplstudio.services import onboarding_report

            guarded(self, lambda: onboarding_pdf.render(onboarding_report.progress_card(self.ctx.db, self.ctx.actor, row.id), out))

    def certificate_clicked(self) -> None:
        row = self.current_row()
        if row is None:
            return
        out = _save_as(self, self.tr("Save the certificate"), f"certificaat-{row.trainee_name}.pdf")
        if out:
            from wplstudio.reports import certificate_pdf
            from wplstudio.services import onboarding_report

            guarded(self, lambda: certificate_pdf.render(onboarding_report.certificate(self.ctx.db, self.ctx.actor, row.id), out))

    def batch_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the certificates"))
        if folder:
            from wplstudio.ui.pages.onboarding.batch import write_certificates

            write_certificates(self, self.ctx, Path(folder))


def _empty(layout) -> None:
    """Take every widget out now (deleteLater alone would leave them painted until the next event loop turn)."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


def _trajectory_status(row) -> str:
    if row.status == rules.COMPLETED:
        return translate("onboarding", "completed")
    if row.status == rules.STOPPED:
        return translate("onboarding", "stopped")
    return translate("onboarding", "{n} overdue").format(n=row.overdue) if row.overdue else translate("onboarding", "on schedule")


def _save_as(parent, title: str, name: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), "PDF (*.pdf)")
    return Path(chosen) if chosen else None

