"""The dialogs before the main window: create the owner on a first start, sign in
otherwise. Each emits signed_in(actor) before it closes, so the main window is up
before the dialog disappears."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout)

from wplstudio.domain.errors import WplError
from wplstudio.i18n import error_text
from wplstudio.paths import icon
from wplstudio.services import accounts
from wplstudio.services.handles import Database
from wplstudio.ui.errors import show_unexpected

BIG = "font-size: 14pt;"


def password_field() -> QLineEdit:
    field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
    field.setStyleSheet(BIG)
    return field


class AccessDialog(QDialog):
    """A small form with a message line; try_it() calls the service and returns the actor."""

    signed_in = Signal(object)  # the Actor

    def __init__(self, db: Database, title: str, intro: str, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(title)
        self.setWindowIcon(QIcon(str(icon("app.svg"))))
        self.setMinimumWidth(480)
        self.intro = QLabel(intro, wordWrap=True, objectName="hint")
        self.form = QFormLayout()
        self.message = QLabel(objectName="formProblems", wordWrap=True)
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel(title, objectName="pageTitle")
        for widget in (heading, self.intro):
            layout.addWidget(widget)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def add_button(self, text: str, role: QDialogButtonBox.ButtonRole, slot) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.clicked.connect(slot)
        return button

    def try_it(self):
        raise NotImplementedError

    def go(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a password check takes a moment, on purpose
        try:
            actor = self.try_it()
        except WplError as error:
            self.say(error_text(error))
            return
        except Exception as error:  # a bug: the log has it, the person gets one line
            show_unexpected(self, error)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.signed_in.emit(actor)
        self.accept()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class SignInDialog(AccessDialog):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(db, self.tr("Sign in"), self.tr("Sign in with your own user name and password."), parent)
        self.username = QLineEdit()
        self.username.setStyleSheet(BIG)
        self.password = password_field()
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Password"), self.password)
        self.sign_in_button = self.add_button(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole, self.go)
        self.sign_in_button.setDefault(True)
        self.add_button(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole, self.reject)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.go)

    def try_it(self):
        try:
            return accounts.sign_in(self.db, self.username.text(), self.password.text())
        finally:
            self.password.clear()  # never keep a typed password around longer than the check


class FirstOwnerDialog(AccessDialog):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(db, self.tr("Create the owner account"), self.tr(
            "Welcome to wplstudio. First make the account of the company's owner. The owner can do everything "
            "and later makes the accounts of the others: the manager, mentors, employees and the shop screen."), parent)
        self.display_name = QLineEdit(placeholderText=self.tr("e.g. Jan de Vries"))
        self.username = QLineEdit(placeholderText=self.tr("e.g. jan"))
        self.password = password_field()
        self.repeated = password_field()
        for label, widget in ((self.tr("Your name"), self.display_name), (self.tr("User name"), self.username),
                              (self.tr("Password (at least 8 characters)"), self.password),
                              (self.tr("Password again"), self.repeated)):
            self.form.addRow(label, widget)
        self.create_button = self.add_button(self.tr("Create and sign in"), QDialogButtonBox.ButtonRole.AcceptRole, self.go)
        self.create_button.setDefault(True)
        self.add_button(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole, self.reject)

    def try_it(self):
        return accounts.create_first_owner(self.db, self.username.text(), self.display_name.text(),
                                           self.password.text(), self.repeated.text())


def first_dialog(db: Database, parent=None) -> AccessDialog:
    """What a start shows: the owner's form on a database without accounts, else the sign-in."""
    return FirstOwnerDialog(db, parent) if accounts.needs_owner(db) else SignInDialog(db, parent)
