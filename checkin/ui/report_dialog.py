"""Export › Attendance report and Export › Certificates: choose the language, preview, save the PDF.

The preview draws the very page painters the PDF is written with
(``checkin.ui.doc_output``), so what is previewed is what is saved. Writing
runs on the pool with its own connection.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from checkin.report.certificates import certificates
from checkin.store.db import Store
from checkin.store.organiser import get_organiser
from checkin.ui.context import AppContext
from checkin.ui.doc_output import page_image
from checkin.ui.long_task import run_with_progress
from checkin.ui.tasks import run_task

translate = QCoreApplication.translate
open_pdf = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))  # noqa: E731
PREVIEW_DPI = 56
FOLDER_KEY = "documents/folder"


class DocumentDialog(QDialog):
    """Language, preview and file name; subclasses say which pages and what they cover."""

    max_preview_pages = 8

    def __init__(self, ctx: AppContext, title: str, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.resize(560, 760)
        self.language = QComboBox(self)
        for code, name in (("en", "English"), ("fr", "Français"), ("ar", "العربية")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(get_organiser(ctx.store).language)))
        documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
        folder = ctx.settings.value(FOLDER_KEY, documents, type=str)
        self.output = QLineEdit(str(Path(folder) / file_name), self)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Language"), self.language)
        row = QHBoxLayout()
        row.addWidget(self.output, 1)
        row.addWidget(browse)
        self.form.addRow(self.tr("PDF file"), row)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.pages_box = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.pages_box)
        holder.setStyleSheet("background: #8A8F98;")
        self.preview = QScrollArea(self)
        self.preview.setWidget(holder)
        self.preview.setWidgetResizable(True)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("&Save PDF"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(self.refresh)
        self.data = None

    def lang(self) -> str:
        return self.language.currentData()

    def load(self) -> None:
        """Read what the document shows on the pool (a congress takes seconds), then preview it."""
        self.data = None
        self.summary.setText(self.tr("Reading the event file…"))
        self.buttons.button(QDialogButtonBox.Save).setEnabled(False)
        gather, db_path = self.gather, self.ctx.db_path

        def work():
            with Store(db_path) as store:
                return gather(store)

        def done(data) -> None:
            if shiboken6.isValid(self):  # the dialog may have been closed meanwhile
                self.data = data
                self.refresh()

        def failed(message: str) -> None:
            if shiboken6.isValid(self):
                self.summary.setText(message)

        self.loading = run_task(work, done, failed)

    @staticmethod
    def gather(store: Store):
        """Read the document's data from ``store`` (runs on a worker thread with its own connection)."""
        raise NotImplementedError

    def page_painters(self) -> list:
        raise NotImplementedError

    def describe(self, count: int) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Redraw the preview (and the summary line) for the current choices, from the data read."""
        if self.data is None:
            return
        while self.pages_box.count():
            item = self.pages_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        painters = self.page_painters()
        self.summary.setText(self.describe(len(painters)))
        self.buttons.button(QDialogButtonBox.Save).setEnabled(bool(painters))
        for paint in painters[:self.max_preview_pages]:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(page_image(paint, rtl=self.lang() == "ar", dpi=PREVIEW_DPI)))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages_box.addWidget(label)
        self.pages_box.addStretch(1)

    def preview_count(self) -> int:
        """Pages shown in the preview (for tests and the summary)."""
        items = (self.pages_box.itemAt(i) for i in range(self.pages_box.count()))
        return sum(1 for item in items if isinstance(item.widget(), QLabel))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.output.text(), "PDF (*.pdf)")
        if chosen:
            self.output.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    def path(self) -> Path:
        return Path(self.output.text().strip())


class ReportDialog(DocumentDialog):
    """The attendance report: every page previewed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Attendance report"), "attendance-report.pdf", parent)
        self.load()

    @staticmethod
    def gather(store: Store):
        from checkin.ui.report_render import read_report_data

        return read_report_data(store)

    def page_painters(self) -> list:
        from checkin.ui.report_render import report_layout

        return report_layout(self.data, self.lang())

    def describe(self, count: int) -> str:
        return self.tr("%n page(s), with every station merged so far.", "", count)


class CertificatesDialog(DocumentDialog):
    """Certificates of attendance: how many, and the first pages previewed."""

    max_preview_pages = 2

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Certificates of attendance"), "certificates.pdf", parent)
        self.min_sessions = QSpinBox(self)
        self.min_sessions.setRange(0, 99)
        self.min_sessions.setSpecialValueText(self.tr("none (arriving is enough)"))
        self.form.insertRow(1, self.tr("Sessions attended at least"), self.min_sessions)
        self.min_sessions.valueChanged.connect(self.refresh)
        self.load()

    @staticmethod
    def gather(store: Store):
        from checkin.store.event import get_event

        return certificates(store), get_event(store), get_organiser(store)

    def page_painters(self) -> list:
        from checkin.ui.certificate_render import certificate_painter

        everyone, event, organiser = self.data
        n = self.min_sessions.value()  # as certificates(store, min_sessions=n) chooses
        return [certificate_painter(c, event, organiser, self.lang())
                for c in everyone if len(c.sessions) >= n]

    def describe(self, count: int) -> str:
        if not count:
            return self.tr("Nobody attended enough to get a certificate.")
        return self.tr("%n certificate(s), one page each, only for people who attended.", "", count)


def save_document(parent: QWidget, ctx: AppContext, dialog: DocumentDialog, kind: str):
    """Write the chosen PDF on the pool, then open it."""
    path, lang, db_path = dialog.path(), dialog.lang(), ctx.db_path
    min_sessions = dialog.min_sessions.value() if isinstance(dialog, CertificatesDialog) else 0
    ctx.settings.setValue(FOLDER_KEY, str(path.parent))

    def work(progress):
        with Store(db_path) as store:
            if kind == "report":
                from checkin.ui.report_render import write_report_pdf

                return write_report_pdf(store, path, lang=lang, progress=progress)
            from checkin.ui.certificate_render import write_certificates_pdf

            return write_certificates_pdf(store, path, lang=lang, min_sessions=min_sessions,
                                          progress=progress)

    return run_with_progress(parent, translate("report_dialog", "Writing the PDF…"), work,
                             lambda _result: open_pdf(path), with_progress=True,
                             error_title=translate("report_dialog", "The PDF was not written"))


def mailmerge(parent: QWidget, ctx: AppContext):
    """Choose a folder, write the mail-merge pack there on the pool, say what was written."""
    from checkin.report.mailmerge import write_mailmerge

    start = ctx.settings.value(FOLDER_KEY, str(Path.home()), type=str)
    title = translate("report_dialog", "Folder for the mail-merge pack")
    chosen = QFileDialog.getExistingDirectory(parent, title, start)
    if not chosen:
        return None
    folder, db_path = Path(chosen), ctx.db_path
    ctx.settings.setValue(FOLDER_KEY, str(folder))

    def work(progress):
        with Store(db_path) as store:
            return write_mailmerge(store, folder, progress=progress)

    def done(pack) -> None:
        QMessageBox.information(
            parent, translate("report_dialog", "Mail-merge pack"),
            translate("report_dialog", "Written in %1: mailmerge.csv and %2 QR image(s) in qr/.")
            .replace("%1", str(folder)).replace("%2", str(len(pack.images))))

    return run_with_progress(parent, translate("report_dialog", "Writing the mail-merge pack…"), work, done,
                             with_progress=True, error_title=translate("report_dialog", "Mail-merge pack"))


def install_report_actions(menus, menu) -> None:
    """Add the attendance report, certificates and mail-merge pack to the Export menu of ``menus``."""

    def run(kind: str):
        dialog = (ReportDialog if kind == "report" else CertificatesDialog)(menus.ctx, menus.window)
        if dialog.exec() != QDialog.Accepted or not dialog.path().name:
            return None
        return save_document(menus.window, menus.ctx, dialog, kind)

    menus._add(menu, "report", translate("report_dialog", "Attendance &report (PDF)…"), lambda: run("report"),
               "Ctrl+Shift+R")
    menus._add(menu, "certificates", translate("report_dialog", "&Certificates of attendance (PDF)…"),
               lambda: run("certificates"))
    menus._add(menu, "mailmerge", translate("report_dialog", "&Mail-merge pack (CSV + QR images)…"),
               lambda: mailmerge(menus.window, menus.ctx))
