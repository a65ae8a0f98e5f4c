"""The import preview's column-mapping step: what each column of an unrecognised file holds.

Shown when the importer is not sure of the header (no name column recognised, or
the first row holds data). Every column is listed with its first values and a
field chooser pre-filled with the importer's guess; the organiser confirms, and
the mapping is remembered for files with the same headers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from checkin.importers.header_choice import IGNORE, NAME_FIELDS
from checkin.importers.headers import normalise_header

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def field_labels() -> list[tuple[str, str]]:
    """(field, translated label) in the order the chooser offers them."""
    return [
        (IGNORE, translate("column_mapping", "(not imported)")),
        ("full_name", translate("column_mapping", "Full name")),
        ("first_name", translate("column_mapping", "First name")),
        ("last_name", translate("column_mapping", "Last name")),
        ("email", translate("column_mapping", "E-mail")),
        ("organisation", translate("column_mapping", "Organisation")),
        ("role", translate("column_mapping", "Role")),
        ("category", translate("column_mapping", "Category")),
        ("external_id", translate("column_mapping", "Registration id")),
        ("status", translate("column_mapping", "Status")),
        ("ticket_code", translate("column_mapping", "Ticket code")),
        ("paid", translate("column_mapping", "Paid (yes/no)")),
    ]


class ColumnMappingDialog(QDialog):
    """Pick the field of every column; ``mapping()`` gives {folded header: field} for the importer."""

    def __init__(self, file_name: str, columns: list[str], samples: list[list[str]], guess: dict[str, int],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which column is which? — %1").replace("%1", file_name))
        self.resize(760, 460)
        self.columns = columns
        intro = QLabel(self.tr("The columns of this file were not recognised with confidence. Say what each"
                               " holds; at least one must be a name. The choice is remembered for files with"
                               " the same columns."), self)
        intro.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Column"), self.tr("First values"), self.tr("Holds")])
        by_index = {i: f for f, i in guess.items()}
        labels = field_labels()
        self.choosers: list[QComboBox] = []
        for index, header in enumerate(columns):
            values = [row[index] for row in samples if index < len(row) and row[index].strip()][:3]
            item = QTreeWidgetItem(self.table, [header, " · ".join(values), ""])
            chooser = QComboBox(self.table)
            for field, label in labels:
                chooser.addItem(label, field)
            chooser.setCurrentIndex(max(0, chooser.findData(by_index.get(index, IGNORE))))
            chooser.currentIndexChanged.connect(self._check)
            self.table.setItemWidget(item, 2, chooser)
            self.choosers.append(chooser)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 300)
        self.warning = QLabel(self.tr("Choose the column that holds the name."), self)
        self.warning.setObjectName("mappingWarning")
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("&Continue"), QDialogButtonBox.AcceptRole)
        buttons.addButton(QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self._check()

    def chosen(self) -> list[str]:
        """The field chosen for each column, in column order."""
        return [c.currentData() for c in self.choosers]

    def _check(self) -> None:
        named = any(f in NAME_FIELDS for f in self.chosen())
        self.ok_button.setEnabled(named)
        self.warning.setVisible(not named)

    def mapping(self) -> dict[str, str]:
        """{folded header: field or "ignore"} for every column with a header."""
        return {normalise_header(h): f for h, f in zip(self.columns, self.chosen()) if normalise_header(h)}
