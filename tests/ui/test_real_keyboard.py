"""A USB scanner and a person typing, as real X key events, into the real window on Xvfb.

Synthetic Qt key events never carry the Shift press a scanner sends before each
capital, so these tests start a real X server (Xvfb), run the real main window on
it (``x11_desk_driver.py``, platform ``xcb``) and type with ``xdotool`` through the
XTEST extension: the same key press / release events, Shift included, that a USB
keyboard-wedge scanner produces. A scanner burst is 3 ms per key; a person 120 ms.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from checkin.store.checkins import recent_checkins

DRIVER = Path(__file__).with_name("x11_desk_driver.py")
ROOT = Path(__file__).resolve().parents[2]
_KEYSYMS = {"\n": "Return", "\t": "Tab", "]": "bracketright", " ": "space"}


@pytest.fixture(scope="module")
def xserver():
    """A private Xvfb display (1366x768), stopped at the end of the module."""
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: ./dev install puts it there (Debian packages xvfb, xdotool)")
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp", "-noreset"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    proc.terminate()
    proc.wait(timeout=10)


class Desk:
    """The driver process: send commands, read what the window showed."""

    def __init__(self, display: str, db: Path, settings: Path):
        self.env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                        PYTHONPATH=str(ROOT), QT_LOGGING_RULES="*.debug=false")
        self.env.pop("XAUTHORITY", None)
        self.proc = subprocess.Popen([sys.executable, str(DRIVER), str(db), str(settings)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     env=self.env, cwd=ROOT)
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            if line.startswith("{"):
                self.lines.put(json.loads(line))

    def expect(self, event: str, timeout: float = 15, **match) -> dict:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                got = self.lines.get(timeout=max(0.01, end - time.monotonic()))
            except queue.Empty:
                break
            if got["event"] == event and all(got.get(k) == v for k, v in match.items()):
                return got
        raise AssertionError(f"the window never reported {event} {match or ''}")

    def quiet(self, seconds: float = 0.6) -> list[dict]:
        """Everything the window reported in the next ``seconds``."""
        time.sleep(seconds)
        out = []
        while not self.lines.empty():
            out.append(self.lines.get())
        return out

    def send(self, command: str) -> None:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def type(self, text: str, delay_ms: int) -> None:
        """Real key presses through XTEST (Shift pressed for capitals), ``delay_ms`` apart.

        Sent as one ``xdotool key`` run of keysyms, so a "\\n" is the Return key inside the same
        burst, as a scanner's terminator is (``xdotool type`` cannot be followed by ``key``).
        """
        keysyms = [_KEYSYMS.get(ch, ch) for ch in text]
        subprocess.run(["xdotool", "key", "--delay", str(delay_ms), *keysyms], env=self.env, check=True,
                       timeout=30)

    def key(self, name: str) -> None:
        """One real key press and release (``Return``, ``Tab``...)."""
        subprocess.run(["xdotool", "key", name], env=self.env, check=True, timeout=30)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.send("quit")
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def real_desk(xserver, event_store, tmp_path):
    desk = Desk(xserver, event_store.path, tmp_path / "settings.ini")
    desk.expect("ready", timeout=30)
    yield desk
    desk.close()


def _scanner_rows(store, attendee_id):
    return [r for r in recent_checkins(store, station="Desk X") if r.attendee_id == attendee_id
            and r.method == "scanner"]


@pytest.mark.parametrize("focus", ["search", "button", "tab"])
def test_an_upper_case_scanner_burst_checks_the_right_person_in_whatever_has_the_focus(
        real_desk, event_store, focus):
    helene = event_store.people["Hélène"]
    assert helene.code.isupper() or any(c.isdigit() for c in helene.code)
    real_desk.send(f"focus {focus}")
    real_desk.expect("focused")
    real_desk.type(helene.code + "\n", delay_ms=3)
    card = real_desk.expect("card")
    assert card["status"] == "accepted", card
    assert "Hélène Lefèvre" in card["words"]
    reported = real_desk.quiet()
    assert not any(r["event"] == "results" and r["hint"].startswith("Nobody") for r in reported), reported
    assert len(_scanner_rows(event_store, helene.id)) == 1


def test_a_burst_with_a_search_result_highlighted_checks_in_the_badge_not_the_result(real_desk, event_store):
    helene, john = event_store.people["Hélène"], event_store.people["John"]
    real_desk.send("focus results Smith")
    assert real_desk.expect("focused")["widget"] == "QListWidget"
    real_desk.type(helene.code + "\n", delay_ms=3)  # the scanner's Enter must not pick John
    card = real_desk.expect("card")
    assert card["status"] == "accepted" and "Hélène Lefèvre" in card["words"], card
    assert not [r for r in real_desk.quiet() if r["event"] == "card"]
    assert {r.attendee_id for r in recent_checkins(event_store, station="Desk X")} == {helene.id}
    assert john.id not in {r.attendee_id for r in recent_checkins(event_store)}


def test_lower_case_and_aim_prefixed_bursts_check_in_the_same_way(real_desk, event_store):
    john, amina = event_store.people["John"], event_store.people["Amina"]
    real_desk.type(john.code.lower() + "\n", delay_ms=3)  # Caps Lock swapped every letter
    card = real_desk.expect("card")
    assert card["status"] == "accepted" and "John Smith" in card["words"], card
    real_desk.type("]Q1" + amina.code + "\n", delay_ms=3)  # AIM symbology identifier of QR Code
    card = real_desk.expect("card")
    assert card["status"] == "accepted" and "Amina Benali" in card["words"], card
    assert len(_scanner_rows(event_store, john.id)) == 1
    assert len(_scanner_rows(event_store, amina.id)) == 1


def test_a_burst_without_terminator_is_a_scan_too(real_desk, event_store):
    paul = event_store.people["Paul"]
    real_desk.send("focus search")
    real_desk.expect("focused")
    real_desk.type(paul.code, delay_ms=3)
    card = real_desk.expect("card")
    assert card["status"] == "accepted" and "Paul Martin" in card["words"], card


def test_a_person_typing_a_name_gets_search_results_not_a_scan(real_desk, event_store):
    real_desk.send("focus search")
    real_desk.expect("focused")
    real_desk.type("Smi", delay_ms=120)
    results = real_desk.expect("results", names=["John Smith"])
    assert results["names"] == ["John Smith"]
    assert not [r for r in real_desk.quiet() if r["event"] == "card"]
    assert recent_checkins(event_store, station="Desk X") == []


def test_a_scan_while_the_walkin_form_is_open_checks_in_and_enter_then_saves_the_form(
        real_desk, event_store):
    helene = event_store.people["Hélène"]
    real_desk.send("walkin")
    focused = real_desk.expect("focused")
    assert focused["window"] == "WalkInDialog", focused
    real_desk.type(helene.code + "\n", delay_ms=3)
    card = real_desk.expect("card")
    assert card["status"] == "accepted" and "Hélène Lefèvre" in card["words"], card
    real_desk.quiet(0.3)  # the form stays open with an empty first name: the code did not land there
    real_desk.type("Zoe", delay_ms=120)
    real_desk.key("Return")  # Enter in the name field: saves, never cancels
    closed = real_desk.expect("walkin")
    assert "Zoe" in closed["status_line"], closed
    rows = recent_checkins(event_store, station="Desk X")
    assert {r.method for r in rows} == {"scanner", "manual"} and len(rows) == 2
