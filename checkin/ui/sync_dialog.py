"""Settings › Sync folder…: choose the folder kept in step by Syncthing, a share or a USB stick."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from checkin.sync.folder import folder_refusal
from checkin.ui.sync_status import SyncStatusLabel


class SyncDialog(QDialog):
    """``Save`` remembers the folder for this event on this computer and starts syncing; empty stops."""

    def __init__(self, ctx, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.controller = ctx, controller
        self.setWindowTitle(self.tr("Sync folder"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "Every few seconds this station writes its own journal into the folder and merges the journals "
            "of the other stations found there. Use a folder kept in step by Syncthing, a network share or "
            "a USB stick; never the folder of the event file."), self)
        intro.setWordWrap(True)
        current = controller.saved_folder()
        self.folder = QLineEdit(str(current) if current else "", self)
        self.folder.setPlaceholderText(self.tr("No sync folder: this station works alone"))
        self.folder.setAccessibleName(self.tr("Sync folder"))
        self.browse_button = QPushButton(self.tr("&Choose…"), self)
        self.browse_button.clicked.connect(self._browse)
        self.stop_button = QPushButton(self.tr("&Stop syncing"), self)
        self.stop_button.clicked.connect(self.stop_syncing)
        self.stop_button.setEnabled(current is not None)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse_button)
        self.state = SyncStatusLabel(ctx.event.timezone, self)
        self.state.setWordWrap(True)
        self.state.show_state(controller)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ResetRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.state)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        start = self.folder.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Sync folder"), start)
        if chosen:
            self.folder.setText(chosen)
            self.error.clear()

    def save(self) -> None:
        """Check the folder (it must exist and must not hold the event file), then start syncing with it."""
        text = self.folder.text().strip()
        if not text:
            self.stop_syncing()
            return
        folder = Path(text).expanduser()
        why = folder_refusal(self.ctx.db_path, folder)
        if why == "missing":
            self.error.setText(self.tr("There is no folder %1.").replace("%1", str(folder)))
            return
        if why == "holds_event_file":
            self.error.setText(self.tr(
                "The event file is inside %1. A synced event file gets corrupted: choose a folder that holds "
                "only the journals, away from the event file.").replace("%1", str(folder)))
            return
        self.controller.set_folder(folder.resolve())
        self.accept()

    def stop_syncing(self) -> None:
        self.controller.set_folder(None)
        self.accept()
