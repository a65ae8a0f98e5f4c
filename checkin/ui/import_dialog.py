"""Importing from the menus (attendees, sessions, a restricted session's list): preview, then import.

Both runs happen on the pool with their own connection. Attendees are
previewed with the importer's own dry run; sessions and access lists (whose
importers have none) by importing into a throw-away copy of the event file.
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
# Larger attendee lists are previewed on a copy of the event file (about 50,000 rows).
PREVIEW_IN_PLACE_BYTES = 5 * 1024 * 1024
SHOWN_WARNINGS = 20  # lines to check listed in the preview; the rest are counted



def report_text(report, *, preview: bool) -> str:
    """The report's counts as one translated sentence."""
    if preview:
        template = translate("import_dialog", "Would add %1, update %2, leave %3 unchanged and skip %4.")
    else:
        template = translate("import_dialog", "Added %1, updated %2, left %3 unchanged and skipped %4.")
    text = (template.replace("%1", str(report.added)).replace("%2", str(report.updated))
            .replace("%3", str(report.unchanged)).replace("%4", str(report.skipped)))
    if report.removed:
        removed = (translate("import_dialog", "Would remove %1.") if preview
                   else translate("import_dialog", "Removed %1."))
        text += " " + removed.replace("%1", str(report.removed))
    if report.encoding and report.delimiter:
        names = {",": translate("import_dialog", "comma"), ";": translate("import_dialog", "semicolon"),
                 "\t": translate("import_dialog", "tab")}
        read_as = translate("import_dialog", "Read as %1, %2-separated.")
        text += " " + read_as.replace("%1", report.encoding).replace(
            "%2", names.get(report.delimiter, repr(report.delimiter)))
    elif report.encoding:
        text += " " + translate("import_dialog", "Read as %1.").replace("%1", report.encoding)
    if getattr(report, "source", ""):
        recognised = translate("import_dialog", "Recognised as an export of %1.")
        text += " " + recognised.replace("%1", report.source)
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
        warnings = getattr(report, "warnings", [])
        checks = [self.tr("Line %1: %2").replace("%1", str(line)).replace("%2", message)
                  for line, message in warnings[:SHOWN_WARNINGS]]
        if len(warnings) > SHOWN_WARNINGS:
            checks.append(self.tr("… and %n more line(s) to check", "", len(warnings) - SHOWN_WARNINGS))
        notes = QLabel("\n".join([*checks, *report.notes]), self)
        notes.setObjectName("importNotes")
        notes.setWordWrap(True)
        notes.setVisible(bool(checks or report.notes))
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
        self.import_button.setEnabled(report.added + report.updated + report.removed > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(notes)
        layout.addWidget(heading)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)


class NeedsMapping:
    """The dry run's answer when the header is unsure: the columns, first rows and the importer's guess."""

    def __init__(self, choice, samples: list[list[str]]):
        self.choice = choice
        self.samples = samples


def _importer(kind: str, path: Path, session_id: int | None, mapping: dict | None = None):
    """``run(store, dry_run) -> ImportReport`` for an import kind: attendees, sessions or access."""
    from checkin.importers import import_attendees, import_session_access, import_sessions

    def run(store: Store, dry_run: bool = False, progress=None):
        if kind == "attendees":
            return import_attendees(store, path, dry_run=dry_run, mapping=mapping, progress=progress)
        if kind == "sessions":
            return import_sessions(store, path)
        if kind == "access":
            return import_session_access(store, str(session_id), path)
        raise ValueError(f"unknown import {kind!r}")

    return run


def _preview_on_copy(db_path: Path, run):
    """Import into a throw-away copy of the event file: what would happen, nothing written."""
    with tempfile.TemporaryDirectory(prefix="checkin-preview-") as tmp:
        copy = Path(tmp) / "preview.db"
        with Store(db_path) as store:
            copy_event_file(store, copy)
        with Store(copy) as scratch:
            report = run(scratch)
    report.dry_run = True
    return report


def start_import(parent: QWidget, ctx: AppContext, kind: str, path: Path, *, session_id: int | None = None,
                 on_finished=None):
    """Dry-run ``path``, preview, then import if confirmed.

    ``kind`` is ``attendees``, ``sessions`` or ``access`` (the list of who may
    enter the restricted session ``session_id``). ``on_finished(report)`` is
    called after a committed import. Returns the dry run's task relay.
    """
    path = Path(path)
    db_path = ctx.db_path
    chosen: dict = {}
    run = _importer(kind, path, session_id, chosen)

    def dry_run():
        if kind == "attendees":  # the importer's own dry run: one rolled-back transaction
            from checkin.importers.attendees import preview_header

            with Store(db_path) as store:
                stream, choice = preview_header(path, store=store, mapping=dict(chosen))
                if not choice.confident:
                    first = [r.cells for r in stream.lead[choice.index + 1 : choice.index + 6]]
                    return NeedsMapping(choice, first)
                if path.stat().st_size <= PREVIEW_IN_PLACE_BYTES:
                    return run(store, dry_run=True)
        # a big list is previewed on a copy: a dry run in place would hold the write lock throughout
        return _preview_on_copy(db_path, run)

    def commit(progress):
        with Store(db_path) as store:
            return run(store, progress=progress)

    def committed(report) -> None:
        ctx.data_changed.emit()
        if on_finished:
            on_finished(report)

    def previewed(report) -> None:
        if isinstance(report, NeedsMapping):
            from checkin.importers.header_choice import suggested_fields
            from checkin.ui.column_mapping import ColumnMappingDialog

            ask = ColumnMappingDialog(path.name, report.choice.columns, report.samples,
                                      suggested_fields(report.choice), parent)
            if ask.exec() == QDialog.Accepted:
                chosen.clear()
                chosen.update(ask.mapping())
                run_with_progress(parent, read_label, dry_run, previewed,
                                  error_title=translate("import_dialog", "Cannot import this file"))
            return
        dialog = ImportPreviewDialog(path, report, parent)
        if dialog.exec() == QDialog.Accepted:
            label = translate("import_dialog", "Importing %1…").replace("%1", path.name)
            run_with_progress(parent, label, commit, committed, with_progress=True,
                              error_title=translate("import_dialog", "Import failed"))

    read_label = translate("import_dialog", "Reading %1…").replace("%1", path.name)
    return run_with_progress(parent, read_label, dry_run, previewed,
                             error_title=translate("import_dialog", "Cannot import this file"))
