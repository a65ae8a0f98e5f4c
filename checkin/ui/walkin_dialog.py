"""Register a walk-in in a short form (under 30 seconds): name, organisation, category, email."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)


@dataclass(frozen=True)
class WalkIn:
    first_name: str
    last_name: str
    organisation: str
    category: str
    email: str


class WalkInDialog(QDialog):
    """First and last name are required; the rest may stay empty."""

    def __init__(self, categories: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register a walk-in"))
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.organisation = QLineEdit()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(categories)
        self.category.setCurrentText("")
        self.email = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        form = QFormLayout()
        form.addRow(self.tr("&First name"), self.first_name)
        form.addRow(self.tr("&Last name"), self.last_name)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("&Email"), self.email)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("Register, check in and print badge"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # Enter anywhere in the form registers. Made default only now that the button is inside the
        # dialog: set earlier, the dialog never learns it and makes Cancel (its first button) default.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.ok_button.setDefault(True)
        self.setMinimumWidth(460)
        self.first_name.setFocus()

    def value(self) -> WalkIn:
        return WalkIn(
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            organisation=self.organisation.text().strip(),
            category=self.category.currentText().strip(),
            email=self.email.text().strip(),
        )

    def _accept(self) -> None:
        v = self.value()
        if not v.first_name and not v.last_name:
            self.error.setText(self.tr("Give at least a first or a last name."))
            self.first_name.setFocus()
            return
        if v.email and "@" not in v.email:
            self.error.setText(self.tr("That email address looks wrong."))
            self.email.setFocus()
            return
        self.ok_button.setEnabled(False)  # no second registration from a double-click
        self.accept()
