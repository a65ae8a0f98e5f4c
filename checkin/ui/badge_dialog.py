"""Badges from the menus: print a PDF for everyone, one category or the attendees selected in the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from checkin.desk import badges_to_print
from checkin.store.db import Store, StoreError
from checkin.store.listing import categories
from checkin.ui.context import AppContext
from checkin.ui.long_task import run_with_progress

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")

LAYOUT_KEY = "badges/layout"
#: Opening the finished PDF in the system viewer (tests replace it).
open_pdf = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))



def layout_names() -> dict[str, str]:
    from checkin.badge_layouts import LAYOUTS  # only when badges are asked for

    names = {"a4-sheet": translate("badge_dialog", "A4 sheet, 8 badges of 90 × 54 mm"),
             "a6": translate("badge_dialog", "A6, one badge per page"),
             "card": translate("badge_dialog", "Card printer (CR80, 86 × 54 mm)")}
    return {key: names.get(key, key) for key in LAYOUTS}


class BadgeDialog(QDialog):
    """Who to print badges for, on which layout, into which PDF file."""

    def __init__(self, ctx: AppContext, selected_ids: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.selected_ids = selected_ids
        self.setWindowTitle(self.tr("Print badges"))
        self.resize(560, 0)
        self.everyone = QRadioButton(self.tr("&Everyone"), self)
        self.by_category = QRadioButton(self.tr("One &category:"), self)
        self.category = QComboBox(self)
        self.category.addItems(categories(ctx.store))
        self.selection = QRadioButton(
            self.tr("The %n attendee(s) selected in the attendee list", "", len(selected_ids)), self)
        self.selection.setEnabled(bool(selected_ids))
        group = QButtonGroup(self)
        for button in (self.everyone, self.by_category, self.selection):
            group.addButton(button)
        (self.selection if selected_ids else self.everyone).setChecked(True)
        self.by_category.setEnabled(self.category.count() > 0)
        self.category.setEnabled(self.category.count() > 0)
        self.layout_choice = QComboBox(self)
        for key, name in layout_names().items():
            self.layout_choice.addItem(name, key)
        saved = ctx.settings.value(LAYOUT_KEY, "a4-sheet", type=str)
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(saved)))
        self.reprint = QCheckBox(self.tr("Also &reprint badges that were printed before"), self)
        documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
        self.output = QLineEdit(str(Path(documents) / "badges.pdf"), self)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        category_row = QHBoxLayout()
        category_row.addWidget(self.by_category)
        category_row.addWidget(self.category, 1)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(browse)
        who = QVBoxLayout()
        who.addWidget(self.everyone)
        who.addLayout(category_row)
        who.addWidget(self.selection)
        form = QFormLayout()
        form.addRow(self.tr("For"), who)
        form.addRow(self.tr("Layout"), self.layout_choice)
        form.addRow("", self.reprint)
        form.addRow(self.tr("PDF file"), output_row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Make PDF"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Badge PDF"), self.output.text(), "PDF (*.pdf)")
        if path:
            self.output.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def choice(self) -> dict:
        """Keyword arguments for ``render_badges_pdf`` (besides store and station) plus ``path``."""
        out: dict = {"path": Path(self.output.text().strip()), "layout": self.layout_choice.currentData(),
                     "attendee_ids": None, "categories": None, "reprint": self.reprint.isChecked()}
        if self.selection.isChecked():
            out["attendee_ids"] = list(self.selected_ids)
        elif self.by_category.isChecked():
            out["categories"] = [self.category.currentText()]
        return out


def start_badges(parent: QWidget, ctx: AppContext, choice: dict, *, on_finished=None):
    """Render the chosen badges into a PDF on the pool, then open it."""
    db_path, station = ctx.db_path, ctx.station
    ctx.settings.setValue(LAYOUT_KEY, choice["layout"])

    def work(progress):
        from checkin.ui.render.badge_render import render_badges_pdf

        with Store(db_path) as store:
            chosen = badges_to_print(store, attendee_ids=choice["attendee_ids"], categories=choice["categories"],
                                     reprint=choice.get("reprint", False))
            if not chosen.people:  # the print log says they all have a badge already
                raise StoreError(translate("badge_dialog", "Every chosen badge was printed before ({n}); tick "
                                           "“reprint” to print them again.").format(n=len(chosen.already_printed)))
            return render_badges_pdf(store, choice["path"], layout=choice["layout"],
                                     attendee_ids=[p.id for p in chosen.people], station=station,
                                     progress=progress)

    def done(result) -> None:
        ctx.data_changed.emit()  # prints are recorded (and codes issued) in the event file
        open_pdf(choice["path"])
        if on_finished:
            on_finished(result)

    return run_with_progress(parent, translate("badge_dialog", "Making badges…"), work, done,
                             with_progress=True, error_title=translate("badge_dialog", "Badges not printed"))


def install_badge_menu(menus, menu) -> None:
    """Fill the Badges menu of ``menus`` (an ``OrganiserMenus``)."""

    def print_badges():
        from checkin.ui.attendees_panel import AttendeesPanel

        panel = menus.window.findChild(AttendeesPanel)
        selected = panel.selected_attendee_ids() if panel is not None else []
        dialog = BadgeDialog(menus.ctx, selected, menus.window)
        if dialog.exec() != QDialog.Accepted:
            return None
        choice = dialog.choice()
        if not choice["path"].name:
            QMessageBox.warning(menus.window, translate("badge_dialog", "Print badges"),
                                translate("badge_dialog", "Choose a PDF file."))
            return None
        return start_badges(menus.window, menus.ctx, choice)

    menus._add(menu, "print_badges", translate("badge_dialog", "&Print badges (PDF)…"), print_badges,
               "Ctrl+Shift+B")
