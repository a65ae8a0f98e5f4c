"""How long a check-in at Desk 1 takes to reach Desk 2's event file, through Syncthing and without it.

Three set-ups, each with two stations made from packages of a fresh demo event,
each station running ``checkin sync folder DIR --watch`` (a pass every 2 s):

* ``shared folder`` (the baseline): both stations watch the same local folder,
  so only checkin's own passes count;
* ``syncthing 1 s``: two real Syncthing daemons on 127.0.0.1, one folder each,
  watcher delay 1 s (what docs/stations.md recommends: 2 s);
* ``syncthing 10 s``: the same with Syncthing's default watcher delay, 10 s.

For each badge: scan it at Desk 1 (``checkin scan --stdin``), then read Desk 2's
file every 0.1 s until the check-in is there. Prints the median and worst
seconds per set-up and the median's ratio to the baseline's.

    .venv/bin/python benchmarks/sync_latency.py [--badges 6]
"""

from __future__ import annotations

import argparse
import json
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from syncthing_daemons import start_pair, syncthing_version  # noqa: E402

from checkin.store.attendees import find_by_code  # noqa: E402
from checkin.store.checkins import latest_movement  # noqa: E402
from checkin.store.db import Store  # noqa: E402


def _cli(db: Path, *args: str, stdin: str | None = None) -> str:
    out = subprocess.run([sys.executable, "-m", "checkin", "--db", str(db), *args], input=stdin,
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    if out.returncode != 0:
        raise SystemExit(f"checkin {' '.join(args)}: {out.stderr.strip()}")
    return out.stdout


def _stations(base: Path) -> tuple[dict[str, Path], list[str]]:
    master = base / "master.db"
    _cli(master, "demo")
    laptops = {}
    for name in ("Desk 1", "Desk 2"):
        pkg = base / f"{name}.pkg"
        _cli(master, "package", "--station", name, "--out", str(pkg))
        laptops[name] = base / name.replace(" ", "-") / "event.db"
        _cli(laptops[name], "join", str(pkg))
    people = json.loads(_cli(master, "attendees", "--json"))
    return laptops, [p["code"] for p in people if not p["checked_in"] and p["status"] != "cancelled"]


def _measure(laptops: dict[str, Path], folders: tuple[Path, Path], codes: list[str]) -> list[float]:
    watchers = [subprocess.Popen([sys.executable, "-m", "checkin", "--db", str(laptops[name]), "sync",
                                  "folder", str(folder), "--watch"], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, cwd=ROOT)
                for name, folder in zip(("Desk 1", "Desk 2"), folders)]
    try:
        deadline = time.monotonic() + 120
        while not all(len(list(f.glob("*.journal.csv"))) == 2 for f in folders):
            if time.monotonic() > deadline:
                raise SystemExit("the two journals never met")
            time.sleep(0.2)
        desk2 = Store(laptops["Desk 2"], migrate=False)
        times = []
        for code in codes:
            _cli(laptops["Desk 1"], "scan", "--stdin", stdin=code + "\n")
            start = time.monotonic()
            person = find_by_code(desk2, code)
            while latest_movement(desk2, session_id=None, attendee_id=person.id, code=code) is None:
                if time.monotonic() - start > 120:
                    raise SystemExit(f"{code} never reached Desk 2")
                time.sleep(0.1)
            times.append(time.monotonic() - start)
            time.sleep(0.7)  # not in step with the 2 s passes
        desk2.close()
        return times
    finally:
        for w in watchers:
            w.send_signal(signal.SIGTERM)
            w.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--badges", type=int, default=6)
    args = parser.parse_args()
    print(syncthing_version())
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        laptops, codes = _stations(base / "shared")
        shared = base / "shared" / "sync"
        shared.mkdir()
        results["shared folder"] = _measure(laptops, (shared, shared), codes[:args.badges])
        for delay in (1, 10):
            where = base / f"st{delay}"
            laptops, codes = _stations(where)
            a, b = start_pair(where, ("Desk 1", "Desk 2"), watcher_delay_s=delay)
            try:
                for d, peer in ((a, b), (b, a)):
                    d.wait_until("connection", lambda d=d, p=peer: d.rest(
                        "/rest/system/connections")["connections"][p.device_id]["connected"])
                results[f"syncthing {delay} s"] = _measure(laptops, (a.folder, b.folder), codes[:args.badges])
            finally:
                a.stop()
                b.stop()
    baseline = statistics.median(results["shared folder"])
    print(f"{'set-up':<16} {'badges':>6} {'median s':>9} {'worst s':>8} {'× baseline':>11}")
    for name, times in results.items():
        med = statistics.median(times)
        print(f"{name:<16} {len(times):>6} {med:>9.2f} {max(times):>8.2f} {med / baseline:>11.2f}")


if __name__ == "__main__":
    main()
