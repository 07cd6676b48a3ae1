"""The Accounts area: the owner and the manager manage everyone's account; everybody
changes their own password and PIN here."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget

from wplstudio.domain.permissions import ROLE_TITLES
from wplstudio.i18n import translate
from wplstudio.services import accounts
from wplstudio.services.records import local_time, now
from wplstudio.ui.access import may
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded
from wplstudio.ui.list_tab import ListTab
from wplstudio.ui.pages.accounts.dialogs import AccountDialog, OwnPasswordDialog, PinDialog, ResetPasswordDialog
from wplstudio.ui.table_model import Column


class AccountsList(ListTab):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        self.ctx = ctx
        self.reset_button = QPushButton()
        super().__init__(parent)
        self.reset_button.setText(self.tr("New password…"))
        self.reset_button.clicked.connect(self.reset_clicked)
        self.remove_button.setText(self.tr("Switch off / on"))

    def extra_controls(self):
        return [self.reset_button]

    def columns(self):
        def off(r):
            return not r.active

        return [
            Column(self.tr("Name"), lambda r: r.display_name, lambda r: r.display_name.lower(), muted=off),
            Column(self.tr("User name"), lambda r: r.username, muted=off),
            Column(self.tr("Role"), lambda r: translate("roles", ROLE_TITLES.get(r.role, r.role)), muted=off),
            Column(self.tr("Employee"), lambda r: r.employee_name, muted=off),
            Column(self.tr("Status"), self.status, muted=off),
            Column(self.tr("PIN"), lambda r: self.tr("yes") if r.has_pin else "", muted=off),
            Column(self.tr("Last signed in"), lambda r: local_time(r.last_sign_in) if r.last_sign_in else "", muted=off),
        ]

    def status(self, row: accounts.AccountRow) -> str:
        if not row.active:
            return self.tr("switched off")
        if row.blocked_until and row.blocked_until > now():
            return self.tr("waits until {time} after wrong attempts").format(time=local_time(row.blocked_until))
        return self.tr("active")

    def load(self):
        return accounts.list_accounts(self.ctx.db, self.ctx.actor)

    def describe(self, row) -> str:
        return row.display_name

    def open_editor(self, row) -> bool:
        return AccountDialog.run(self.ctx, row, self)

    def reset_clicked(self) -> None:
        row = self.selected()
        if row is not None and ResetPasswordDialog.run(self.ctx, row, self):
            self.refresh()

    def remove_clicked(self) -> None:
        """Accounts are switched off, never removed: the audit trail names them."""
        row = self.selected()
        if row is None:
            return
        question = (self.tr("Switch off the account of {name}? They can no longer sign in.") if row.active
                    else self.tr("Switch the account of {name} on again?")).format(name=row.display_name)
        if QMessageBox.question(self, self.tr("Switch off / on"), question) != QMessageBox.StandardButton.Yes:
            return
        guarded(self, lambda: accounts.set_active(self.ctx.db, self.ctx.actor, row.id, row.version, not row.active))
        self.refresh()


class LockSetting(QWidget):
    """After how many idle minutes the shop PC locks."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        low, high = accounts.LOCK_MINUTES_RANGE
        self.minutes = QSpinBox(minimum=low, maximum=high, suffix=self.tr(" minutes"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(QLabel(self.tr("Lock the screen when nobody used it for")))
        line.addWidget(self.minutes)
        line.addWidget(self.save_button)
        line.addStretch(1)

    def refresh(self) -> None:
        self.minutes.setValue(accounts.lock_minutes(self.ctx.db))

    def save(self) -> None:
        guarded(self, lambda: accounts.set_lock_minutes(self.ctx.db, self.ctx.actor, self.minutes.value()))


class AccountsPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addWidget(QLabel(translate("areas", "Accounts"), objectName="pageTitle"))
        self.accounts_list = AccountsList(ctx) if may(ctx.actor, "accounts", "search") else None
        if self.accounts_list is not None:
            layout.addWidget(self.accounts_list, 1)
        self.lock_setting = LockSetting(ctx) if may(ctx.actor, "settings", "edit") else None
        if self.lock_setting is not None:
            layout.addWidget(self.lock_setting)
        layout.addWidget(self._own_box())
        if self.accounts_list is None:
            layout.addStretch(1)

    def _own_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("My account: {name}").format(name=self.ctx.actor.name))
        line = QHBoxLayout(box)
        self.password_button = QPushButton(self.tr("Change my password…"))
        self.pin_button = QPushButton(self.tr("Set my PIN…"))
        self.password_button.clicked.connect(lambda: OwnPasswordDialog.run(self.ctx, self))
        self.pin_button.clicked.connect(self._set_pin)
        own = self.ctx.actor.user_id is not None  # the command line's and the screenshot's actor has no account
        for button in (self.password_button, self.pin_button):
            button.setEnabled(own)
            line.addWidget(button)
        line.addStretch(1)
        return box

    def _set_pin(self) -> None:
        if PinDialog.run(self.ctx, self) and self.accounts_list is not None:
            self.accounts_list.refresh()

    def refresh(self) -> None:
        if self.accounts_list is not None:
            self.accounts_list.refresh()
        if self.lock_setting is not None:
            self.lock_setting.refresh()
