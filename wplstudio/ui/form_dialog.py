"""A form in a dialog that saves through a service call and stays open on a mistake,
showing in red what to correct."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from wplstudio.domain.errors import ValidationFailed, WplError
from wplstudio.i18n import error_text
from wplstudio.ui.errors import show_error, show_unexpected


class FormDialog(QDialog):
    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.problems = QLabel(objectName="formProblems", wordWrap=True)
        self.problems.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.saved = None

    def save(self):
        """Collect the fields and call the service; raise WplError on a problem."""
        raise NotImplementedError

    def save_clicked(self) -> None:
        try:
            self.saved = self.save()
        except ValidationFailed as problem:
            self.problems.setText(error_text(problem))
            self.problems.show()
            return
        except WplError as error:
            show_error(self, error)
            return
        except Exception as error:
            show_unexpected(self, error)
            return
        self.accept()

    @classmethod
    def run(cls, *args, **kwargs) -> bool:
        dialog = cls(*args, **kwargs)
        return dialog.exec() == QDialog.DialogCode.Accepted
