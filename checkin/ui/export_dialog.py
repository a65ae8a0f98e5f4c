"""Export from the menus: choose a folder and a delimiter, write the CSV files off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from checkin.store.db import Store
from checkin.ui.context import AppContext
from checkin.ui.long_task import run_with_progress

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")

#: QSettings keys remembering the last export choices.
FOLDER_KEY = "export/folder"
DELIMITER_KEY = "export/delimiter"


class ExportDialog(QDialog):
    """Where to write the export files, and which delimiter Excel on this computer expects."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export CSV files"))
        self.resize(560, 0)
        documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        default_folder = str(Path(documents or Path.home()) / "checkin-export")
        self.folder = QLineEdit(ctx.settings.value(FOLDER_KEY, default_folder, type=str), self)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        self.delimiter = QComboBox(self)
        self.delimiter.addItem(self.tr("Comma (English Excel, LibreOffice)"), ",")
        self.delimiter.addItem(self.tr("Semicolon (French Excel)"), ";")
        self.delimiter.addItem(self.tr("Tab"), "\t")
        french = QLocale().language() == QLocale.French
        saved = ctx.settings.value(DELIMITER_KEY, ";" if french else ",", type=str)
        self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(saved)))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), row)
        form.addRow(self.tr("Delimiter"), self.delimiter)
        # The files hold names and e-mails: private unless the organiser says they are to be shared.
        self.shared = QCheckBox(self.tr("Let other users of this computer read the files"), self)
        self.shared.setToolTip(self.tr("The files hold names and e-mail addresses. Unticked, only you can"
                                       " read them; tick it to put them in a folder shared with colleagues."))
        form.addRow("", self.shared)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def choice(self) -> tuple[Path, str]:
        return Path(self.folder.text().strip()), self.delimiter.currentData()


def start_export(parent: QWidget, ctx: AppContext, folder: Path, delimiter: str, *, shared: bool = False,
                 on_finished=None):
    """Write every export file into ``folder`` on the pool; a message lists them when done.

    The files are readable by their owner only unless ``shared``; the message says which.
    """
    from checkin.exporters import export_all

    db_path = ctx.db_path
    ctx.settings.setValue(FOLDER_KEY, str(folder))
    ctx.settings.setValue(DELIMITER_KEY, delimiter)

    def work() -> list[Path]:
        with Store(db_path) as store:
            return export_all(store, folder, delimiter=delimiter, shared=shared)

    def done(paths: list[Path]) -> None:
        names = "\n".join(p.name for p in paths)
        QMessageBox.information(
            parent, translate("export_dialog", "Export finished"),
            translate("export_dialog", "Written in %1:").replace("%1", str(folder))
            + "\n" + names + "\n\n"
            + (translate("export_dialog", "Other users of this computer can read these files.") if shared
               else translate("export_dialog", "Only you can read these files: they hold personal data.")))
        if on_finished:
            on_finished(paths)

    return run_with_progress(parent, translate("export_dialog", "Exporting…"), work, done,
                             error_title=translate("export_dialog", "Export failed"))
