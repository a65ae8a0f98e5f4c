"""The organisers' menus: File, Import, Export, Badges, Settings.

Every action is a thin wrapper: a file chooser or a small dialog, then a core
call on the pool (``run_with_progress``). In kiosk mode every organiser action
is disabled (and the kiosk hides the menu bar); a handler also refuses to run
in kiosk mode, so a shortcut cannot reach it either.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMainWindow, QMessageBox

from checkin.ui import event_files, file_care
from checkin.ui.context import AppContext
from checkin.ui.export_dialog import ExportDialog, start_export
from checkin.ui.import_dialog import start_import
from checkin.ui.settings_dialog import SettingsDialog

CSV_FILTER = "CSV / TSV (*.csv *.tsv *.txt);;*"
IMPORT_FOLDER_KEY = "import/folder"



class OrganiserMenus(QObject):
    """Owns the organiser actions of one window; ``actions`` maps a name to its QAction."""

    def __init__(self, window: QMainWindow, ctx: AppContext):
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.actions: dict[str, QAction] = {}
        bar = window.menuBar()

        file_menu = bar.addMenu(self.tr("&File"))
        self._add(file_menu, "new_event", self.tr("&New event…"), self.new_event, QKeySequence.New)
        self._add(file_menu, "open_event", self.tr("&Open event file…"), self.open_event, QKeySequence.Open)
        file_menu.addSeparator()
        self._add(file_menu, "restore_backup", self.tr("&Restore the latest backup…"),
                  lambda: file_care.restore_latest(self.window, self.ctx))
        self._add(file_menu, "purge", self.tr("&Erase personal data…"),
                  lambda: file_care.purge(self.window, self.ctx))
        file_menu.addSeparator()
        self._add(file_menu, "quit", self.tr("&Quit"), QApplication.instance().quit, QKeySequence.Quit,
                  organiser=False)

        import_menu = bar.addMenu(self.tr("&Import"))
        self._add(import_menu, "import_attendees", self.tr("&Attendees (CSV)…"),
                  lambda: self.import_file("attendees"), "Ctrl+Shift+I")
        self._add(import_menu, "import_sessions", self.tr("&Sessions (CSV)…"),
                  lambda: self.import_file("sessions"))
        self._add(import_menu, "import_access", self.tr("&Who may enter a session (CSV)…"),
                  self.import_access)

        export_menu = bar.addMenu(self.tr("&Export"))
        self._add(export_menu, "export", self.tr("&Export CSV files…"), self.export, "Ctrl+Shift+E")
        self._add(export_menu, "conflicts", self.tr("&Conflicts between stations…"), self.conflicts)
        from checkin.ui.report_dialog import install_report_actions  # the report pulls in the painter

        install_report_actions(self, export_menu)

        from checkin.ui.badge_dialog import install_badge_menu  # badges pull in the renderer

        install_badge_menu(self, bar.addMenu(self.tr("&Badges")))

        settings_menu = bar.addMenu(self.tr("&Settings"))
        self._add(settings_menu, "settings", self.tr("&Settings…"), self.settings, QKeySequence.Preferences)
        self._add(settings_menu, "sync", self.tr("S&ync folder…"), self.sync_folder)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._add(help_menu, "log_file", self.tr("&Log file…"), lambda: file_care.show_log(self.window),
                  organiser=False)

        ctx.kiosk_changed.connect(self._on_kiosk)
        self._on_kiosk(ctx.kiosk)

    def _add(self, menu, name: str, text: str, slot, shortcut=None, *, organiser: bool = True) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_{name}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setProperty("organiser", organiser)
        action.triggered.connect(lambda _checked=False: self._guarded(slot) if organiser else slot())
        menu.addAction(action)
        self.window.addAction(action)  # shortcuts work even while the menu bar is hidden
        self.actions[name] = action
        return action

    def _guarded(self, slot) -> None:
        if self.ctx.kiosk:  # volunteers at a kiosk never reach organiser work
            return
        slot()

    def _on_kiosk(self, on: bool) -> None:
        for action in self.actions.values():
            if action.property("organiser"):
                action.setEnabled(not on)

    # -- File ----------------------------------------------------------------------

    def new_event(self) -> None:
        event_files.new_event(self.window, self.ctx)

    def open_event(self) -> None:
        event_files.open_event(self.window, self.ctx)

    # -- Import / Export -----------------------------------------------------------

    def import_file(self, kind: str):
        title = self.tr("Import attendees") if kind == "attendees" else self.tr("Import sessions")
        folder = self.ctx.settings.value(IMPORT_FOLDER_KEY, str(Path.home()), type=str)
        path, _ = QFileDialog.getOpenFileName(self.window, title, folder, CSV_FILTER)
        if not path:
            return None
        self.ctx.settings.setValue(IMPORT_FOLDER_KEY, str(Path(path).parent))
        return start_import(self.window, self.ctx, kind, Path(path), on_finished=self._imported)

    def import_access(self):
        """Choose a session, then the file listing who may enter it (by e-mail, id or name)."""
        from checkin.store.sessions import list_sessions

        sessions = list_sessions(self.ctx.store)
        if not sessions:
            QMessageBox.information(self.window, self.tr("Import"), self.tr("Import the sessions first."))
            return None
        labels = [f"{i}. {s.title}" + (f" · {s.room}" if s.room else "") for i, s in enumerate(sessions, 1)]
        restricted = next((i for i, s in enumerate(sessions) if s.restricted), 0)
        choice, ok = QInputDialog.getItem(self.window, self.tr("Who may enter a session"),
                                          self.tr("Session:"), labels, restricted, False)
        if not ok:
            return None
        session = sessions[labels.index(choice)]
        folder = self.ctx.settings.value(IMPORT_FOLDER_KEY, str(Path.home()), type=str)
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("List of %1").replace("%1", session.title),
                                              folder, CSV_FILTER)
        if not path:
            return None
        return start_import(self.window, self.ctx, "access", Path(path), session_id=session.id,
                            on_finished=self._imported)

    def _imported(self, report) -> None:
        from checkin.ui.import_dialog import report_text

        QMessageBox.information(self.window, self.tr("Import finished"), report_text(report, preview=False))

    def export(self):
        dialog = ExportDialog(self.ctx, self.window)
        if dialog.exec() != QDialog.Accepted:
            return None
        folder, delimiter = dialog.choice()
        return start_export(self.window, self.ctx, folder, delimiter, shared=dialog.shared.isChecked())

    def conflicts(self):
        """The conflicts found in the stations' records merged so far (also opened from the status bar)."""
        from checkin.ui.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- Settings ------------------------------------------------------------------

    def sync_folder(self):
        """Choose (or stop) the folder this station syncs through; the window's sync controller runs it."""
        from checkin.ui.sync_dialog import SyncDialog

        controller = getattr(self.window, "sync", None)
        if controller is None:  # a bare window without live sync (tests of other panels)
            return None
        dialog = SyncDialog(self.ctx, controller, self.window)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def settings(self) -> None:
        dialog = SettingsDialog(self.ctx, self.window)
        if dialog.exec() == QDialog.Accepted and getattr(dialog, "language_changed", False):
            QMessageBox.information(self.window, self.tr("Language"),
                                    self.tr("The new language is used from the next start of the app."))


def install_menus(window: QMainWindow, ctx: AppContext) -> OrganiserMenus:
    """Add the organiser menus to ``window`` (kept alive as a child of the window)."""
    return OrganiserMenus(window, ctx)
