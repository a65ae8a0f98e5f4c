"""``checkin-app``: the desktop application entry point."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="checkin-app", description="Offline participant check-in")
    parser.add_argument("--demo", action="store_true", help="open the built-in demo event")
    parser.add_argument("--db", help="event file to open")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("checkin")
    window.setCentralWidget(QLabel("checkin"))
    window.resize(1100, 720)
    window.show()
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
