"""What the event file's guards cost: opening with the integrity check, and an online backup.

    .venv/bin/python benchmarks/guard_bench.py [--people 100000]

Baselines measured in the same run: opening a connection without the check (what every
later open in the process costs), and copying the file with shutil (a plain file copy).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checkin.store import guard  # noqa: E402
from checkin.store.backup import backup_now  # noqa: E402
from checkin.store.db import Store  # noqa: E402
from ui_bench import build  # noqa: E402


def median_ms(fn, repeat: int = 5) -> float:
    fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "event.db"
        build(path, args.people)
        size_mb = path.stat().st_size / 1e6

        def open_checked():
            guard.forget_checked()
            Store(path).close()

        plain = median_ms(lambda: Store(path).close())  # already checked in this process
        checked = median_ms(open_checked)
        store = Store(path)
        backup = median_ms(lambda: backup_now(store, keep=3))
        copy = median_ms(lambda: shutil.copyfile(path, Path(tmp) / "copy.db"))
        store.close()
    print(f"people={args.people} file={size_mb:.1f} MB")
    print(f"open, no check (baseline): {plain:.1f} ms")
    print(f"open with quick_check:     {checked:.1f} ms  ({checked / plain:.1f}x)")
    print(f"file copy (baseline):      {copy:.1f} ms")
    print(f"online backup:             {backup:.1f} ms  ({backup / copy:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
