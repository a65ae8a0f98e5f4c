"""Long organiser work (imports, exports, badge PDFs) off the GUI thread, behind a progress dialog."""

from __future__ import annotations

from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from checkin.ui.tasks import run_task

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def run_with_progress(
    parent: QWidget,
    label: str,
    fn: Callable[..., Any],
    on_done: Callable[[Any], None],
    *,
    with_progress: bool = False,
    error_title: str | None = None,
):
    """Run ``fn`` on the pool (``fn(progress)`` when ``with_progress``) with a modal progress dialog.

    ``on_done(result)`` runs on the GUI thread; a failure is one message box
    (the task's own one-line error) and nothing else happens. Returns the task
    relay (tests wait on ``relay.finished`` / ``relay.failed``).
    """
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle(translate("long_task", "Please wait"))
    dialog.setCancelButton(None)  # imports are one transaction: stopping half-way is not offered
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(300)  # quick work finishes before any dialog flashes up
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)

    def progress(done: int, total: int) -> None:
        if total > 0 and shiboken6.isValid(dialog):
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def finished(result: Any) -> None:
        if not shiboken6.isValid(dialog):  # the window was closed meanwhile: nobody to tell
            return
        dialog.close()
        dialog.deleteLater()
        on_done(result)

    def failed(message: str) -> None:
        if not shiboken6.isValid(dialog):
            return
        dialog.close()
        dialog.deleteLater()
        QMessageBox.critical(parent, error_title or label, message)

    return run_task(fn, finished, failed, progress if with_progress else None)
