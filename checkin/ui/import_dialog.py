"""Importing attendees or sessions from the menus: a dry run first, a preview, then the real import.

Both runs happen on the pool with their own connection. Attendees are
previewed with the importer's own dry run; sessions (whose importer has none)
are previewed by importing into a throw-away copy of the event file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from checkin.store.db import Store
from checkin.store.listing import copy_event_file
from checkin.ui.context import AppContext
from checkin.ui.long_task import run_with_progress

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")



def report_text(report, *, preview: bool) -> str:
    """The report's counts as one translated sentence."""
    if preview:
        template = translate("import_dialog", "Would add %1, update %2, leave %3 unchanged and skip %4.")
    else:
        template = translate("import_dialog", "Added %1, updated %2, left %3 unchanged and skipped %4.")
    text = (template.replace("%1", str(report.added)).replace("%2", str(report.updated))
            .replace("%3", str(report.unchanged)).replace("%4", str(report.skipped)))
    if report.encoding:
        names = {",": translate("import_dialog", "comma"), ";": translate("import_dialog", "semicolon"),
                 "\t": translate("import_dialog", "tab")}
        read_as = translate("import_dialog", "Read as %1, %2-separated.")
        text += " " + read_as.replace("%1", report.encoding).replace(
            "%2", names.get(report.delimiter, repr(report.delimiter)))
    return text


class ImportPreviewDialog(QDialog):
    """What an import would do, with every problem by line number; Import commits it."""

    def __init__(self, path: Path, report, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import preview — %1").replace("%1", path.name))
        self.resize(760, 460)
        summary = QLabel(report_text(report, preview=True), self)
        summary.setWordWrap(True)
        summary.setObjectName("importSummary")
        notes = QLabel("\n".join(report.notes), self)
        notes.setWordWrap(True)
        notes.setVisible(bool(report.notes))
        self.problems = QTreeWidget(self)
        self.problems.setRootIsDecorated(False)
        self.problems.setHeaderLabels([self.tr("Line"), self.tr("Problem")])
        for line, message in report.problems:
            item = QTreeWidgetItem(self.problems, [str(line), message])
            item.setTextAlignment(0, Qt.AlignRight | Qt.AlignVCenter)
        self.problems.resizeColumnToContents(0)
        self.problems.setVisible(bool(report.problems))
        heading = QLabel(self.tr("%n row(s) will be skipped:", "", len(report.problems)), self)
        heading.setVisible(bool(report.problems))
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.AcceptRole)
        buttons.addButton(QDialogButtonBox.Cancel)
        self.import_button.setEnabled(report.added + report.updated > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(notes)
        layout.addWidget(heading)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)


def _preview_sessions(db_path: Path, path: Path):
    from checkin.importers import import_sessions

    with tempfile.TemporaryDirectory(prefix="checkin-preview-") as tmp:
        copy = Path(tmp) / "preview.db"
        with Store(db_path) as store:
            copy_event_file(store, copy)
        with Store(copy) as scratch:
            report = import_sessions(scratch, path)
    report.dry_run = True
    return report


def start_import(parent: QWidget, ctx: AppContext, kind: str, path: Path, *, on_finished=None):
    """Dry-run ``path`` (kind ``attendees`` or ``sessions``), preview, then import if confirmed.

    ``on_finished(report)`` is called after a committed import. Returns the
    dry run's task relay.
    """
    from checkin.importers import import_attendees, import_sessions

    path = Path(path)
    db_path = ctx.db_path

    def dry_run():
        if kind == "attendees":
            with Store(db_path) as store:
                return import_attendees(store, path, dry_run=True)
        return _preview_sessions(db_path, path)

    def commit():
        with Store(db_path) as store:
            if kind == "attendees":
                return import_attendees(store, path)
            return import_sessions(store, path)

    def committed(report) -> None:
        ctx.data_changed.emit()
        if on_finished:
            on_finished(report)

    def previewed(report) -> None:
        dialog = ImportPreviewDialog(path, report, parent)
        if dialog.exec() == QDialog.Accepted:
            label = translate("import_dialog", "Importing %1…").replace("%1", path.name)
            run_with_progress(parent, label, commit, committed,
                              error_title=translate("import_dialog", "Import failed"))

    label = translate("import_dialog", "Reading %1…").replace("%1", path.name)
    return run_with_progress(parent, label, dry_run, previewed,
                             error_title=translate("import_dialog", "Cannot import this file"))
