"""The main window: assembles the modes (front desk, session room, attendees, dashboard).

It owns what the modes share: one camera worker, the USB scanner filter, the
sounds, kiosk mode, and the keyboard shortcuts. Scans go to the scanning mode
in use (front desk unless the session room was chosen).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QProcess, QTimer, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QInputDialog, QLabel, QMainWindow, QMessageBox, QPushButton, QSizePolicy, QTabWidget, QWidget,
)

from checkin.ui.appearance import LARGE_SCALE, LARGE_TEXT_KEY
from checkin.ui.attendees_panel import AttendeesPanel
from checkin.ui.backup_timer import BackupTimer
from checkin.ui.camera_worker import CameraController, CameraWorker, default_opener
from checkin.ui.dashboard_panel import DashboardPanel
from checkin.ui.front_desk import FrontDeskPanel
from checkin.ui.kiosk import KioskController
from checkin.ui.organiser_menus import install_menus
from checkin.ui.relaunch import app_command
from checkin.ui.session_room import SessionRoomPanel
from checkin.ui.sounds import SoundPlayer
from checkin.ui.sync_runner import SyncController
from checkin.ui.sync_status import SyncStatusLabel
from checkin.ui.wedge_filter import WedgeFilter

CAMERA_KEY = "camera/source"
GEOMETRY_KEY = "window/geometry"


class MainWindow(QMainWindow):
    def __init__(self, ctx, parent: QWidget | None = None, sounds: SoundPlayer | None = None,
                 camera_off: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("checkin — {event}").format(event=ctx.event.name))
        self.sounds = sounds or SoundPlayer(self)
        self.front_desk = FrontDeskPanel(ctx, sounds=self.sounds)
        self.session_room = SessionRoomPanel(ctx, sounds=self.sounds)
        self.attendees = AttendeesPanel(ctx)
        self.dashboard = DashboardPanel(ctx)
        self.organiser_panels = (self.attendees, self.dashboard)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.front_desk, self.tr("Front desk"))
        self.tabs.addTab(self.session_room, self.tr("Session room"))
        self.tabs.addTab(self.attendees, self.tr("Attendees"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.currentChanged.connect(self._mode_changed)
        self.setCentralWidget(self.tabs)
        self.scan_panel = self.front_desk

        self.sync = SyncController(ctx, self)
        self.menus = install_menus(self, ctx)
        self.kiosk = KioskController(self, ctx)
        self._install_desk_actions()

        self.station_label = QLabel()
        self.station_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # clip, not push
        self.camera_label = QLabel()
        self.statusBar().addWidget(self.station_label, 1)
        self.sync_label = SyncStatusLabel(ctx.event.timezone)
        self.sync_label.setVisible(False)
        self.conflicts_button = QPushButton()
        self.conflicts_button.setFlat(True)
        self.conflicts_button.setStyleSheet("color: #b35900; font-weight: bold;")
        self.conflicts_button.setVisible(False)
        self.conflicts_button.clicked.connect(lambda: self.menus.actions["conflicts"].trigger())
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.conflicts_button)
        self.statusBar().addPermanentWidget(self.camera_label)
        self._show_station()
        self.sync.synced.connect(self._show_sync)
        self.sync.failed.connect(lambda _message: self.sync_label.show_state(self.sync))
        self.sync.folder_changed.connect(lambda _folder: self._show_sync())
        self.sync.conflicts_counted.connect(lambda _n: self._show_conflicts())
        ctx.kiosk_changed.connect(lambda on: on and self.conflicts_button.setVisible(False))  # organisers' only
        ctx.kiosk_changed.connect(lambda _on: self._show_station())
        ctx.station_changed.connect(lambda _name: self._show_station())

        self.wedge = WedgeFilter(self)
        self.wedge.code_scanned.connect(self.on_scanner_code)
        QApplication.instance().installEventFilter(self.wedge)
        self.camera = CameraController(self)
        self.relaunch: Path | None = None  # an event file to start the app on once this one has quit
        self.backups = BackupTimer(ctx, self)
        self.backups.failed.connect(
            lambda why: self.statusBar().showMessage(self.tr("Backup failed: {why}").format(why=why), 20000))
        self._show_store_notices()
        ctx.decision_made.connect(lambda _decision: self._show_store_notices())
        self.apply_text_scale()
        QTimer.singleShot(250, self.sounds.preload)  # after the window is up
        geometry = ctx.settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.fit_to_screen()
        if camera_off:
            self.camera_off()

        self.sync.start_saved()
        self._show_sync()

    def fit_to_screen(self) -> None:
        """First start: 1280 × 800 where the screen has room, else the whole available area (down to 1024 × 768)."""
        screen = self.screen() or QApplication.primaryScreen()
        area = screen.availableGeometry()
        self.resize(min(1280, area.width()), min(800, area.height()))
        frame = self.frameGeometry()
        frame.moveCenter(area.center())
        self.move(frame.topLeft())

    def camera_off(self) -> None:
        """Started with --no-camera: say so where the preview would be, and in the status bar."""
        text = self.tr("Camera off (started with --no-camera). The USB scanner and name search work.")
        for panel in (self.front_desk, self.session_room):
            panel.camera.show_message(text)
        self.camera_label.setText(self.tr("Camera: off"))

    # -- camera and scanner -------------------------------------------------------------------

    def start_camera(self, spec: str | None = None, *, loop: bool = False) -> None:
        """Start reading a camera index, video file or image folder (default: the saved camera)."""
        spec = spec if spec is not None else self.ctx.settings.value(CAMERA_KEY, "0", type=str)
        self.camera_label.setText(self.tr("Camera: starting…"))
        worker = CameraWorker(default_opener(spec, loop=loop), realtime=True)
        self.camera.start(worker, self._connect_camera)

    def _connect_camera(self, worker: CameraWorker) -> None:
        for panel in (self.front_desk, self.session_room):  # widget slots: queued to the GUI thread
            worker.frame_ready.connect(panel.camera.show_frame)
        worker.code_seen.connect(self.on_camera_code)
        worker.camera_error.connect(self.on_camera_error)
        worker.camera_ok.connect(self.on_camera_ok)

    @Slot(str, float)
    def on_camera_code(self, code: str, t: float) -> None:
        self._scan_target().handle_code(code, "camera", t)

    @Slot(str)
    def on_scanner_code(self, code: str) -> None:
        self._scan_target().handle_code(code, "scanner")

    @Slot(str)
    def on_camera_error(self, message: str) -> None:
        text = self.tr("{problem}\nRetrying by itself. The USB scanner and name search still work.").format(
            problem=message)
        for panel in (self.front_desk, self.session_room):
            panel.camera.show_message(text)
        self.camera_label.setText(self.tr("Camera: not available"))

    @Slot()
    def on_camera_ok(self) -> None:
        self.camera_label.setText(self.tr("Camera: on"))

    def _scan_target(self):
        if self.tabs.currentWidget() is not self.scan_panel:
            self.tabs.setCurrentWidget(self.scan_panel)  # show the card of the scan
        return self.scan_panel

    # -- modes, kiosk, text size ---------------------------------------------------------------

    def _mode_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if self.ctx.kiosk and current in self.organiser_panels:
            self.tabs.setCurrentWidget(self.scan_panel)
            return
        if current in (self.front_desk, self.session_room):
            self.scan_panel = current

    def show_mode(self, panel: QWidget) -> None:
        if not (self.ctx.kiosk and panel in self.organiser_panels):
            self.tabs.setCurrentWidget(panel)

    def set_kiosk_view(self, on: bool) -> None:
        """Called by the kiosk controller: full screen, no menus, no organiser panels."""
        self.menuBar().setVisible(not on)
        for panel in self.organiser_panels:
            index = self.tabs.indexOf(panel)
            self.tabs.setTabVisible(index, not on)
            self.tabs.setTabEnabled(index, not on)
            panel.setEnabled(not on)
        for action in self._organiser_actions:
            action.setEnabled(not on)
        if on:
            self.tabs.setCurrentWidget(self.scan_panel)
            self.showFullScreen()
        else:
            self.showNormal()

    def apply_text_scale(self) -> None:
        large = self.ctx.settings.value(LARGE_TEXT_KEY, False, type=bool)
        scale = LARGE_SCALE if large else 1.0
        self.front_desk.set_text_scale(scale)
        self.session_room.set_text_scale(scale)
        font = QFont(self.tabs.font())
        font.setPointSizeF(14 * scale)
        font.setBold(True)
        self.tabs.tabBar().setFont(font)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        # the larger-text setting changes the application font, which reaches us as a font change
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self.apply_text_scale()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self.ctx.kiosk and not self.kiosk.leave():
            event.ignore()  # a volunteer cannot close the kiosk either
            return
        self.ctx.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        # Gone from the screen first: the backup at exit of a congress-size file takes over a
        # second, during which a visible window would not answer (Qt 6's quit() closes it this way).
        self.hide()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the camera (flag + wait), the sync thread (after its pass), the scanner filter and the
        dashboard's computation; take the backup at exit (once)."""
        self.camera.stop()
        self.sync.stop()
        self.dashboard.cancel()
        if not getattr(self, "_shut", False):  # after the sync's last pass, whose merge it must hold
            self._shut = True
            self.backups.final()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.wedge)

    # -- actions ----------------------------------------------------------------------------

    def _install_desk_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Desk"))
        self._organiser_actions: list[QAction] = []

        def add(text, shortcut, slot, organiser=False):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False: slot())
            menu.addAction(action)
            self.addAction(action)  # the shortcut works with the menu bar hidden (kiosk)
            if organiser:
                self._organiser_actions.append(action)
            return action

        desk = self.front_desk
        add(self.tr("&Find by name"), "F2", lambda: (self.show_mode(desk), desk.focus_search()))
        add(self.tr("&Walk-in registration…"), "F5", lambda: (self.show_mode(desk), desk.register_walkin()))
        add(self.tr("&Reprint badge…"), "Ctrl+P", lambda: (self.show_mode(desk), desk.reprint()))
        add(self.tr("&Undo last check-in…"), QKeySequence.StandardKey.Undo, self._undo)
        menu.addSeparator()
        for i, (panel, organiser) in enumerate(((desk, False), (self.session_room, False),
                                                (self.attendees, True), (self.dashboard, True)), 1):
            add(self.tabs.tabText(self.tabs.indexOf(panel)), f"Ctrl+{i}",
                lambda p=panel: self.show_mode(p), organiser)
        menu.addSeparator()
        add(self.tr("&Camera source…"), "Ctrl+Shift+C", self._choose_camera, organiser=True)
        self.kiosk_action = add(self.tr("&Kiosk mode (organiser PIN to leave)"), "F11", self.kiosk.toggle)

    def _undo(self) -> None:
        self.show_mode(self.scan_panel)
        self.scan_panel.undo_last()

    def _choose_camera(self) -> None:
        if self.ctx.kiosk:
            return
        current = self.ctx.settings.value(CAMERA_KEY, "0", type=str)
        spec, ok = QInputDialog.getText(self, self.tr("Camera source"),
                                        self.tr("Camera number (0, 1, …) or a video file:"), text=current)
        if ok and spec.strip():
            self.ctx.settings.setValue(CAMERA_KEY, spec.strip())
            self.start_camera(spec.strip())

    def open_event(self, path: Path) -> None:
        """Switch to another event file (File > Open / New): a fresh app process on it.

        Every panel holds this file's context, so a new process is the clean switch;
        this one closes first (camera stopped, lock released). The file already open
        here is simply kept.
        """
        path = Path(path)
        if path.resolve() == Path(self.ctx.db_path).resolve():
            return
        self.ctx.settings.setValue("event/path", str(path))
        self.ctx.settings.sync()
        if QProcess.startDetached(*app_command(path)):
            self.close()
        else:
            QMessageBox.warning(self, self.tr("Open event"),
                                self.tr("Could not start the app on {file}.").format(file=str(path)))

    def _show_store_notices(self) -> None:
        """What the event file had to tell after a write (a deleted -wal rescued), in the status bar."""
        while self.ctx.store.notices:
            self.statusBar().showMessage(self.ctx.store.notices.pop(0), 120000)

    def _show_station(self) -> None:
        text = self.tr("Station {station} · {event}").format(event=self.ctx.event.name, station=self.ctx.station)
        if self.ctx.kiosk:
            text = self.tr("KIOSK (F11 + PIN to leave)") + " · " + text
        self.station_label.setText(text)
        self.station_label.setToolTip(text)

    # -- sync status ----------------------------------------------------------------------------

    def _show_sync(self, _report=None) -> None:
        """The sync line, only while a folder is set."""
        self.sync_label.setVisible(self.sync.folder is not None)
        self.sync_label.show_state(self.sync)
        self._show_conflicts()

    def _show_conflicts(self) -> None:
        """A button to the conflicts dialog, while the merged records hold any."""
        count = self.sync.conflicts or 0
        self.conflicts_button.setText(self.tr("%n conflict(s)…", "", count))
        self.conflicts_button.setVisible(self.sync.folder is not None and count > 0 and not self.ctx.kiosk)
