"""Certificates that expired, expire soon or have no date, per person and task, with
the date; renewing one goes through services.matrix.set_certificate (the grid's
CertificateDialog). An expired certificate counts as not deployable everywhere: the
list says so, core makes it so."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from wplstudio.services import matrix, matrix_figures, matrix_targets
from wplstudio.ui.access import may
from wplstudio.ui.context import AppContext
from wplstudio.ui.dates import show
from wplstudio.ui.errors import guarded
from wplstudio.ui.pages.matrix.flagged import FlaggedRowsModel, list_view, selected_row
from wplstudio.ui.table_model import Column

FLAG = {"expired": "red", "missing": "red", "expiring": "amber"}


class CertificatesTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = FlaggedRowsModel(self._columns(), lambda r: FLAG.get(r.state), self)
        self.table, self.proxy = list_view(self.model, self)
        self.table.setObjectName("certificatesTable")
        self.search = QLineEdit(placeholderText=self.tr("Search a name, team or certificate…"), clearButtonEnabled=True)
        self.search.textChanged.connect(self._filter)
        self.days = QSpinBox(objectName="warningDays", minimum=0, maximum=365, suffix=self.tr(" days"))
        self.days.setEnabled(may(ctx.actor, "settings", "edit"))
        self.days.editingFinished.connect(self.save_days)
        self.renew = QPushButton(self.tr("Renew…"), objectName="renewCertificate")
        if not may(ctx.actor, "matrix", "edit"):
            self.renew.hide()  # hide only: show() on a widget not yet in a window flashes it as a window of its own
        self.renew.clicked.connect(self.renew_selected)
        self.table.doubleClicked.connect(lambda _i: self.renew_selected())
        self.count = QLabel(objectName="hint")
        self._layout()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(QLabel(self.tr("Warn before expiry")))
        bar.addWidget(self.days)
        bar.addWidget(self.renew)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(QLabel(self.tr("An expired certificate, or one without a date, does not count as deployable "
                                        "anywhere until it is renewed."), objectName="hint", wordWrap=True))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Employee"), lambda r: r.employee_name, lambda r: r.employee_name.lower()),
            Column(self.tr("Team"), lambda r: r.team_name),
            Column(self.tr("Certificate"), lambda r: r.task_name, lambda r: r.task_name.lower()),
            Column(self.tr("Valid until"), lambda r: show(r.valid_until), lambda r: r.valid_until.toordinal() if r.valid_until else 10**7),
            Column(self.tr("Status"), self._state, lambda r: r.days_left if r.days_left is not None else 10**7),
        ]

    def _state(self, row: matrix_figures.CertificateRow) -> str:
        if row.state == "missing":
            return self.tr("NO DATE — does not count")
        if row.state == "expired":
            return self.tr("EXPIRED {n} days ago — does not count").format(n=-row.days_left)
        return self.tr("expires in {n} days").format(n=row.days_left)

    def refresh(self) -> None:
        found = guarded(self, lambda: (matrix_figures.certificate_alerts(self.ctx.db, self.ctx.actor),
                                       matrix_targets.expiry_warning_days(self.ctx.db, self.ctx.actor)))
        if found is None:
            return
        self.model.set_rows(found[0])
        self.days.blockSignals(True)
        self.days.setValue(found[1])
        self.loaded_days = found[1]
        self.days.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        expired = sum(1 for r in self.model.rows if r.state != "expiring")
        self.count.setText(self.tr("{n} certificates need attention, {bad} of them do not count now").format(
            n=self.proxy.rowCount(), bad=expired))

    def save_days(self) -> None:
        value = self.days.value()
        if value == getattr(self, "loaded_days", None):
            return
        if guarded(self, lambda: matrix_targets.set_expiry_warning_days(self.ctx.db, self.ctx.actor, value)) is not None:
            self.refresh()

    def renew_selected(self) -> None:
        from wplstudio.ui.pages.matrix.dialogs import CertificateDialog

        row = selected_row(self.table)
        if row is None:
            return
        person = matrix.RowPerson(row.employee_id, row.employee_name, None, row.team_name, None, "")
        task = matrix.ColumnTask(row.task_id, row.task_name, 0, "", True)
        if CertificateDialog.run(self.ctx, person, task, row.valid_until, self):
            self.refresh()
