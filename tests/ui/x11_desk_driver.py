"""The real main window on a real X server, for tests that type with real key events (xdotool).

Run by ``tests/ui/test_real_keyboard.py`` as ``python x11_desk_driver.py DB SETTINGS`` with
``DISPLAY`` set and ``QT_QPA_PLATFORM=xcb``. It prints one JSON object per line on stdout:

* ``{"event": "ready", "wid": ...}`` once the window is shown and active;
* ``{"event": "focused", "widget": ...}`` after a ``focus ...`` or ``walkin`` command;
* ``{"event": "card", "status": ..., "words": ...}`` for each decision card staff see;
* ``{"event": "results", "names": [...], "hint": ...}`` when the name search refreshed;
* ``{"event": "walkin", "result": ...}`` when the walk-in form closed (accepted or rejected).

Commands come one per line on stdin: ``focus search|button|tab``, ``focus results TEXT``, ``walkin`` (opens the real
walk-in form, focus in its first field), ``quit``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QDialog


def say(**fields) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


def main() -> int:
    from checkin.ui.context import AppContext
    from checkin.ui.main_window import MainWindow
    from checkin.ui.sounds import SoundPlayer

    db, settings_path = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(sys.argv[:1])
    ctx = AppContext(db, settings=QSettings(settings_path, QSettings.Format.IniFormat))
    ctx.set_station("Desk X")
    win = MainWindow(ctx, sounds=SoundPlayer(enabled=False))
    desk = win.front_desk
    desk.print_badge = lambda person: say(event="printed", name=person.full_name)
    desk.decision_shown.connect(
        lambda d: say(event="card", status=desk.card.status, words=desk.card.words(), code=d.code))
    desk.search.results_changed.connect(
        lambda: say(event="results", names=desk.search.result_names(), hint=desk.search.hint.text()))

    def activate(widget) -> None:
        widget.window().raise_()
        widget.window().activateWindow()
        widget.setFocus()

    def report_focus() -> None:
        focus = QApplication.focusWidget()
        say(event="focused", widget=type(focus).__name__ if focus else None,
            window=type(QApplication.activeWindow()).__name__ if QApplication.activeWindow() else None)

    def walkin() -> None:
        def focus_form():
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(50, focus_form)
                return
            activate(dialog.first_name)
            QTimer.singleShot(200, report_focus)

        QTimer.singleShot(100, focus_form)
        shown_before = desk.status_line.text()
        desk.register_walkin()  # the real form, modal: this returns when it closes
        say(event="walkin", closed=True, status_line=desk.status_line.text(), before=shown_before)

    targets = {"search": lambda: desk.search.field, "button": lambda: desk.walkin_button,
               "tab": lambda: win.tabs.tabBar()}

    def command() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        words = line.split()
        if words[:1] == ["focus"] and words[1] == "results":  # a name search open, a result highlighted
            desk.search.field.setText(words[2])
            desk.search.refresh()
            activate(desk.search.results)
            desk.search.results.setCurrentRow(0)
            QTimer.singleShot(200, report_focus)
        elif words[:1] == ["focus"]:
            activate(targets[words[1]]())
            QTimer.singleShot(200, report_focus)
        elif words[:1] == ["walkin"]:
            QTimer.singleShot(0, walkin)
        elif words[:1] == ["state"]:
            dialog = QApplication.activeModalWidget()
            report_focus()
            say(event="state", modal=type(dialog).__name__ if dialog else None,
                first_name=dialog.first_name.text() if dialog is not None else None,
                error=dialog.error.text() if dialog is not None else None)
        elif words[:1] == ["quit"]:
            for dialog in app.topLevelWidgets():
                if isinstance(dialog, QDialog) and dialog.isVisible():
                    dialog.reject()
            QTimer.singleShot(0, app.quit)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    win.resize(1024, 700)
    win.show()

    def ready() -> None:
        activate(desk.search.field)
        say(event="ready", wid=int(win.winId()))

    QTimer.singleShot(300, ready)
    code = app.exec()
    win.shutdown()
    ctx.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
