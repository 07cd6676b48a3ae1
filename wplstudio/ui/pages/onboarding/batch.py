"""Certificates for every completed trajectory, one PDF each, with a progress bar that can be stopped."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from wplstudio.domain.errors import WplError
from wplstudio.i18n import error_text, translate
from wplstudio.ui.context import AppContext


def file_name(trainee: str, trajectory_id: int) -> str:
    safe = re.sub(r"[^\w\- ]", "", trainee).strip().replace(" ", "-") or "certificaat"
    return f"certificaat-{safe}-{trajectory_id}.pdf"


def write_certificates(parent, ctx: AppContext, folder: Path) -> int:
    from wplstudio.reports import certificate_pdf
    from wplstudio.services import onboarding_report

    try:
        ids = onboarding_report.completed_trajectories(ctx.db, ctx.actor)
    except WplError as error:
        QMessageBox.warning(parent, translate("errors", "Not done"), error_text(error))
        return 0
    dialog = QProgressDialog(translate("onboarding", "Writing certificates…"), translate("onboarding", "Stop"), 0, len(ids), parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    written = 0
    for n, trajectory_id in enumerate(ids):
        if dialog.wasCanceled():
            break
        dialog.setValue(n)
        QCoreApplication.processEvents()
        data = onboarding_report.certificate(ctx.db, ctx.actor, trajectory_id)
        out = folder / file_name(data.trainee, trajectory_id)
        if not out.exists():  # never overwrite a file
            certificate_pdf.render(data, out)
            written += 1
    dialog.setValue(len(ids))
    QMessageBox.information(parent, translate("onboarding", "Certificates"),
                            translate("onboarding", "{n} certificate(s) written to {folder}.").format(n=written, folder=str(folder)))
    return written
