"""Forms for accounts: a new or changed account, a password reset, one's own password and PIN."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from wplstudio.domain.accounts import AccountDraft
from wplstudio.domain.permissions import ROLE_TITLES, ROLES
from wplstudio.i18n import translate
from wplstudio.services import accounts, people
from wplstudio.ui.context import AppContext
from wplstudio.ui.form_dialog import FormDialog


def _secret() -> QLineEdit:
    return QLineEdit(echoMode=QLineEdit.EchoMode.Password)


def role_box(ctx: AppContext, current: str | None) -> QComboBox:
    """The roles this person may give: only the owner makes owners."""
    box = QComboBox()
    for role in ROLES:
        if role != "owner" or ctx.actor.role == "owner" or current == "owner":
            box.addItem(translate("roles", ROLE_TITLES[role]), role)
    box.setCurrentIndex(max(box.findData(current or "employee"), 0))
    return box


class AccountDialog(FormDialog):
    def __init__(self, ctx: AppContext, row: accounts.AccountRow | None, parent=None) -> None:
        title = self.tr("New account") if row is None else self.tr("Account {name}").format(name=row.display_name)
        super().__init__(title, parent)
        self.ctx, self.row = ctx, row
        self.display_name = QLineEdit(row.display_name if row else "")
        self.username = QLineEdit(row.username if row else "")
        self.username.setReadOnly(row is not None)  # the audit trail knows an account by it; it stays
        self.role = role_box(ctx, row.role if row else None)
        self.employee = QComboBox()
        self.employee.addItem(self.tr("(not an employee)"), None)
        for employee in people.list_employees(ctx.db, ctx.actor, include_left=False):
            self.employee.addItem(employee.full_name, employee.id)
        self.employee.setCurrentIndex(max(self.employee.findData(row.employee_id if row else None), 0))
        for label, widget in ((self.tr("Name"), self.display_name), (self.tr("User name"), self.username),
                              (self.tr("Role"), self.role), (self.tr("Employee"), self.employee)):
            self.form.addRow(label, widget)
        self.password = self.repeated = None
        if row is None:
            self.password, self.repeated = _secret(), _secret()
            self.form.addRow(self.tr("Password (at least 8 characters)"), self.password)
            self.form.addRow(self.tr("Password again"), self.repeated)
            self.form.addRow(QLabel(self.tr("Tell the person their password; they can change it under Accounts."), objectName="hint"))

    def save(self):
        if self.row is None:
            draft = AccountDraft(self.username.text(), self.display_name.text(), self.role.currentData())
            return accounts.create_account(self.ctx.db, self.ctx.actor, draft, self.password.text(),
                                           self.employee.currentData(), self.repeated.text())
        return accounts.update_account(self.ctx.db, self.ctx.actor, self.row.id, self.row.version, self.display_name.text(),
                                       self.role.currentData(), self.employee.currentData())


class ResetPasswordDialog(FormDialog):
    def __init__(self, ctx: AppContext, row: accounts.AccountRow, parent=None) -> None:
        super().__init__(self.tr("New password for {name}").format(name=row.display_name), parent)
        self.ctx, self.row = ctx, row
        self.password, self.repeated = _secret(), _secret()
        self.form.addRow(self.tr("New password"), self.password)
        self.form.addRow(self.tr("New password again"), self.repeated)
        self.form.addRow(QLabel(self.tr("Their PIN is cleared and any waiting time after wrong attempts is lifted."), objectName="hint", wordWrap=True))

    def save(self):
        return accounts.reset_password(self.ctx.db, self.ctx.actor, self.row.id, self.row.version,
                                       self.password.text(), self.repeated.text())


class OwnPasswordDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(self.tr("Change my password"), parent)
        self.ctx = ctx
        self.current, self.password, self.repeated = _secret(), _secret(), _secret()
        for label, widget in ((self.tr("Current password"), self.current), (self.tr("New password"), self.password),
                              (self.tr("New password again"), self.repeated)):
            self.form.addRow(label, widget)

    def save(self):
        accounts.change_own_password(self.ctx.db, self.ctx.actor, self.current.text(), self.password.text(), self.repeated.text())
        return True


class PinDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(self.tr("Set my PIN"), parent)
        self.ctx = ctx
        self.current, self.pin = _secret(), _secret()
        self.pin.setMaxLength(6)
        self.form.addRow(self.tr("Current password"), self.current)
        self.form.addRow(self.tr("New PIN (4 to 6 digits)"), self.pin)
        self.form.addRow(QLabel(self.tr("With the PIN you confirm sign-offs and unlock the screen quickly."), objectName="hint", wordWrap=True))

    def save(self):
        accounts.set_own_pin(self.ctx.db, self.ctx.actor, self.current.text(), self.pin.text())
        return True
