"""Cold start of ``checkin-app`` to a usable window, in a fresh process each time.

Measures two figures per run:
* "ready": inside the app, from the first line of ``checkin.ui.app`` to the event
  loop running with the main window shown (the app prints it with --exit-when-ready);
* "wall": from launching the Python process to its exit (interpreter start-up,
  imports, window, quit), what a person double-clicking the icon waits, and more.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [--runs 7]

Each run uses a throwaway user data/config folder and the demo event file (200
attendees, 6 sessions), so nothing is cached in settings between runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one_run(env: dict, db: Path) -> tuple[float, float]:
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "checkin.ui.app", "--db", str(db), "--lang", "en",
                          "--exit-when-ready"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    wall = 1000 * (time.perf_counter() - t0)
    if out.returncode != 0 or not out.stdout.startswith("ready"):
        raise SystemExit(f"the app did not start: {out.stderr.strip()[-400:]}")
    return float(out.stdout.split()[1]), wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, XDG_DATA_HOME=f"{tmp}/data", XDG_CONFIG_HOME=f"{tmp}/config")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        sys.path.insert(0, str(ROOT))
        from checkin.demo import create_demo_event

        db = create_demo_event(Path(tmp) / "demo.db")
        one_run(env, db)  # warm the OS file cache once; every measured run is still a new process
        ready, wall = zip(*(one_run(env, db) for _ in range(args.runs)))
    print(f"runs: {args.runs}  platform: {env['QT_QPA_PLATFORM']}")
    print(f"ready (in-app, window shown): median {statistics.median(ready):.0f} ms, max {max(ready):.0f} ms")
    print(f"wall (process start to exit): median {statistics.median(wall):.0f} ms, max {max(wall):.0f} ms")


if __name__ == "__main__":
    main()
