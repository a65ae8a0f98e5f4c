"""A congress of 100,000 people and 1,000,000 check-ins: every figure of issue 12 against its baseline.

    .venv/bin/python -m benchmarks.scale [--json FILE] [--people 100000] [--checkins 1000000]

Generates a registration file and a three-day check-in history (benchmarks/scale_data.py),
then measures each figure and a baseline in the same run, and prints one table:
figure, project, baseline, ratio (project / baseline), target, met. ``--json FILE``
also writes the table as a list of objects with exactly those keys. Steps that need
their own memory figure, a cold process or a window run in child processes.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import scale_data

WORKDIR: list[Path] = []  # where this run's files are
KEYS = ("figure", "project", "baseline", "ratio", "target", "met")
SEARCHES = ["he", "be", "mo", "la", "ah", "أح", "عل", "hel", "hél", "ben", "lefèvre", "أحم", "zoë o", "he ben",
            "ministère", "p12345@", "zz"]


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def child(*args: str, env: dict | None = None, timeout: float = 600) -> dict:
    """Run ``python -m benchmarks.scale --child ...``; it prints one JSON object."""
    out = subprocess.run([sys.executable, "-m", "benchmarks.scale", "--child", *args], cwd=ROOT,
                         capture_output=True, text=True, timeout=timeout, env=env)
    if out.returncode != 0:
        raise SystemExit(f"child {args[0]} failed: {out.stderr.strip()[-800:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def peak_mb() -> float:
    """This process's peak resident memory (MB).

    ``VmHWM`` where Linux gives it: ``ru_maxrss`` survives ``fork`` + ``exec``, so a child
    started by this 150 MB benchmark would report at least 150 MB whatever it did itself.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- child steps (own process: own peak memory) ---------------------------------------------------


def child_import(db: str, source: str) -> dict:
    from checkin.importers import import_attendees
    from checkin.store.db import Store

    before = peak_mb()
    with Store(db) as store:
        seconds, report = timed(lambda: import_attendees(store, source))
    return {"seconds": seconds, "added": report.added, "unchanged": report.unchanged, "peak_mb": peak_mb(),
            "base_mb": before}


def child_export(db: str, out: str) -> dict:
    from checkin.exporters import export_all
    from checkin.store.db import Store

    before = peak_mb()
    with Store(db) as store:
        seconds, files = timed(lambda: export_all(store, out))
    # checkins.csv is written by a worker process (checkin.exporters.worker): its peak counts too,
    # added to this one's (both at once, at worst); ru_maxrss of waited-for children
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": seconds, "files": len(files), "peak_mb": peak_mb() + worker_mb, "base_mb": before}


def child_window(db: str, settings_file: str, session_id: str, codes_file: str) -> dict:
    """The real window in the session room; 5 scans a second; the longest the event loop was blocked.

    A 5 ms heartbeat timer records the gaps between its ticks: idle first (the baseline),
    then while the scans arrive, each through the room's ``handle_code`` as a USB scanner's do.
    """
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from checkin.ui.context import AppContext
    from checkin.ui.main_window import MainWindow
    from checkin.ui.sounds import SoundPlayer

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(Path(db), settings=QSettings(settings_file, QSettings.Format.IniFormat))
    ctx.set_station("Salle B (banc d'essai)")
    window = MainWindow(ctx, sounds=SoundPlayer(enabled=False))
    window.show()
    window.tabs.setCurrentWidget(window.session_room)
    window.session_room.select_session(int(session_id))
    codes = Path(codes_file).read_text().split()
    clock, gaps, phase = QElapsedTimer(), {"warm-up": [], "idle": [], "burst": [], "quit": []}, ["warm-up"]
    clock.start()
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        gaps[phase[0]].append(now - last[0])
        last[0] = now

    heart = QTimer(interval=5, timeout=beat)
    heart.start()
    scans = iter(codes)

    quit_clock = [0.0]

    def leave() -> None:
        # The burst ends here: Qt 6's quit() closes the window, whose backup at exit (the window
        # hidden first) is the quit's cost, reported apart as quit_after_burst_s.
        phase[0] = "quit"
        quit_clock[0] = time.perf_counter()
        app.quit()

    def scan() -> None:
        code = next(scans, None)
        if code is None:
            feeder.stop()
            QTimer.singleShot(1500, leave)  # let queued refreshes finish inside the measurement
            return
        window.session_room.handle_code(code, "scanner")

    feeder = QTimer(interval=200, timeout=scan)  # 5 scans a second
    QTimer.singleShot(2000, lambda: phase.__setitem__(0, "idle"))  # after the window's first loads
    QTimer.singleShot(4000, lambda: (phase.__setitem__(0, "burst"), feeder.start()))
    app.exec()
    window.close()
    ctx.close()
    return {"idle_max_ms": max(gaps["idle"]), "burst_max_ms": max(gaps["burst"]), "scans": len(codes),
            "quit_after_burst_s": time.perf_counter() - quit_clock[0]}


CHILDREN = {"import": child_import, "export": child_export, "window": child_window}


# -- baselines -----------------------------------------------------------------------------------


def plain_import(db: Path, source: Path) -> float:
    """csv + sqlite3 into the same attendees table and indexes (search index included), one transaction."""
    import sqlite3

    from checkin.store.db import Store
    from checkin.store.event import create_event

    with Store(db) as store:
        create_event(store, "Baseline", date="2027-03-17", timezone="Africa/Casablanca")
    t0 = time.perf_counter()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    with source.open(encoding="utf-8-sig", newline="") as fh:
        rows = csv.reader(fh, delimiter=";")
        next(rows)
        now = "2027-03-01T00:00:00.000000Z"
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO attendees (uid, external_id, first_name, last_name, full_name, organisation, role,"
            " category, email, code, search_key, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            ((uuid.uuid4().hex, r[0], r[1], r[2], f"{r[1]} {r[2]}", r[4], r[5], r[6], r[3], uuid.uuid4().hex[:18],
              f"{r[1]} {r[2]} | {r[4]} | {r[3]}".lower(), now, now) for r in rows))
        conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - t0


def plain_update(db: Path, source: Path) -> float:
    """csv + sqlite3: update every row of the file in place by external id, one transaction."""
    import sqlite3

    t0 = time.perf_counter()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    with source.open(encoding="utf-8-sig", newline="") as fh:
        rows = csv.reader(fh, delimiter=";")
        next(rows)
        conn.execute("BEGIN")
        conn.executemany(
            "UPDATE attendees SET first_name = ?, last_name = ?, email = ?, organisation = ?, role = ?,"
            " category = ? WHERE external_id = ?", ((r[1], r[2], r[3], r[4], r[5], r[6], r[0]) for r in rows))
        conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - t0


def settle(wal: str) -> None:
    """Before each timed commit (bare or decision): look at the WAL file, as a desk does after
    every commit, so that every commit timed writes the WAL's new timestamps.

    A desk's scans come seconds apart, so each of its commits changes the WAL's modification
    time and the fsync writes the inode too. Back-to-back commits in one clock tick skip that
    on Linux 6.13 and later (coarse timestamps), unless the file was looked at since (a stat
    asks for fine-grained ones): about 40 µs a commit here. The benchmark times commits a few
    hundred microseconds apart, so without this the cost of a commit would depend on whether
    the code before it happened to stat the WAL (docs/BENCHMARKS.md, fifth session).
    """
    os.stat(wal)


class BareCommits:
    """A bare INSERT + COMMIT of one row on the event file (WAL, synchronous=FULL), timed one at a time.

    The decisions interleave one bare commit before each scan, so that both meet the same
    load on a shared machine (timing all bare commits first, then all scans, let the load
    of the moment decide the ratio).

    The bare commits run on the store's own connection to the file, as a desk's own writes
    do. A second connection committing between every two scans made SQLite empty the
    store's page cache before each one (in WAL mode a connection that finds the file
    changed by another starts its next transaction with an empty cache): every decision
    then re-read about 45 pages (strace: 51 ``pread64`` a decision against 6) that a desk,
    the only writer of its file, never re-reads, while the bare insert re-read three.

    The bare table is small (:meth:`fresh`): a few hundred to a couple of thousand rows. Its
    inserts' p95 grows with its size (186 µs empty, 267 µs at 2,000 rows, 366 µs at 20,000,
    medians flat: docs/BENCHMARKS.md), so the size is part of the baseline's definition.
    """

    def __init__(self, store):
        self.conn = store.conn
        self.wal = f"{store.path}-wal"
        if self.conn.execute("PRAGMA synchronous").fetchone()[0] != 2:
            raise SystemExit("the event file's connection is not synchronous=FULL: the baseline would not be durable")
        self.fresh()

    def fresh(self, rows: int = 0) -> None:
        """An empty bare table, then ``rows`` bare commits into it, untimed."""
        self.conn.execute("DROP TABLE IF EXISTS bench_bare")
        self.conn.execute("CREATE TABLE bench_bare (id TEXT PRIMARY KEY, at TEXT)")
        for _ in range(rows):
            self.once()

    def once(self) -> float:
        settle(self.wal)
        t0 = time.perf_counter()
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("INSERT INTO bench_bare VALUES (?, ?)", (uuid.uuid4().hex, "2027-03-19T12:00:00Z"))
        self.conn.execute("COMMIT")
        return time.perf_counter() - t0

    def close(self) -> None:
        self.conn.execute("DROP TABLE bench_bare")


# -- the run -------------------------------------------------------------------------------------


class Table:
    def __init__(self):
        self.rows: list[dict] = []

    def add(self, figure: str, project: float, baseline: float, target: str, met: bool) -> None:
        ratio = project / baseline if baseline else float("inf")
        self.rows.append(dict(zip(KEYS, (figure, round(project, 2), round(baseline, 2), round(ratio, 2), target,
                                         bool(met)))))
        print(f"  {figure}: {project:.2f} against {baseline:.2f} ({ratio:.2f}x); target {target}:"
              f" {'met' if met else 'MISSED'}", flush=True)

    def print(self) -> None:
        widths = [max(len(str(r[k])) for r in [dict(zip(KEYS, KEYS)), *self.rows]) for k in KEYS]
        for r in [dict(zip(KEYS, KEYS)), *self.rows]:
            print(" | ".join(str(r[k]).ljust(w) for k, w in zip(KEYS, widths)))


def run(args) -> Table:
    from checkin.store.db import Store

    table = Table()
    tmp = Path(args.workdir or tempfile.mkdtemp(prefix="checkin-scale-"))
    WORKDIR.append(tmp)
    tmp.mkdir(parents=True, exist_ok=True)
    source = tmp / "inscriptions.csv"
    scale_data.write_registrations(source, args.people)
    print(f"{args.people:,} people, {args.checkins:,} check-ins, in {tmp}", flush=True)

    # Import: the project in a child (its own peak memory), csv + sqlite3 as the baseline.
    base = plain_import(tmp / "plain.db", source)
    db = tmp / "event.db"
    with Store(db) as store:
        from checkin.store.event import create_event

        create_event(store, "Congrès", date="2027-03-17", timezone="Africa/Casablanca")
    first = child("import", str(db), str(source))
    assert first["added"] == args.people, first
    table.add("import 100k attendees (s)", first["seconds"], base, "<= 1.5x", first["seconds"] <= 1.5 * base)
    table.add("import peak memory (MB; baseline: the process before importing)", first["peak_mb"],
              first["base_mb"], "<= 300 MB", first["peak_mb"] <= 300)
    again = child("import", str(db), str(source))
    assert again["unchanged"] == args.people, again
    base = plain_update(tmp / "plain.db", source)
    table.add("re-import unchanged 100k (s)", again["seconds"], base, "<= 2x", again["seconds"] <= 2 * base)

    # The check-in history.
    with Store(db) as store:
        from checkin.store.checkins import bulk_record_checkins
        from checkin.store.sessions import add_session

        sessions = [add_session(store, title=title, room=room, capacity=args.people).id for title, room in
                    zip(SESSION_TITLES, scale_data.ROOMS, strict=True)]
        people = [tuple(r) for r in store.conn.execute("SELECT id, uid, code FROM attendees ORDER BY id")]
        seconds, n = timed(lambda: bulk_record_checkins(
            store, scale_data.checkin_history(people, sessions, args.checkins)))
        print(f"  history: {n:,} check-ins written in {seconds:.1f} s", flush=True)
        decisions(store, people, sessions, table)
        search(store, table)
        dashboard(store, table)
    export(tmp, db, table)
    window(tmp, db, people, sessions, table)
    startup(tmp, db, table)
    return table


def window(tmp: Path, db: Path, people, sessions, table: Table, scans: int = 50) -> None:
    codes = tmp / "burst-codes.txt"
    codes.write_text("\n".join(code for _id, _uid, code in people[-scans:]))
    r = child("window", str(db), str(tmp / "settings.ini"), str(sessions[1]), str(codes))
    table.add("window during 5 scans/s at 1M, longest block (ms)", r["burst_max_ms"], r["idle_max_ms"],
              "<= 50 ms", r["burst_max_ms"] <= 50)
    print(f"  quit after the burst (its check-ins copied by the backup at exit, the window hidden"
          f" first): {r['quit_after_burst_s']:.2f} s", flush=True)


def _app_env(tmp: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp / "xdg-data"),
               XDG_CONFIG_HOME=str(tmp / "xdg-config"))
    return env


def one_start(db: Path, env: dict) -> tuple[float, float]:
    """(ms to a usable window as the app reports it, seconds from that report to the process's exit)."""
    proc = subprocess.Popen([sys.executable, "-m", "checkin.ui.app", "--db", str(db), "--lang", "en",
                             "--no-camera", "--exit-when-ready"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    seen = time.perf_counter()
    proc.wait(timeout=60)
    if not line.startswith("ready"):
        raise SystemExit(f"the app did not start: {proc.stderr.read()[-400:]}")
    return float(line.split()[1]), time.perf_counter() - seen


def startup(tmp: Path, db: Path, table: Table, runs: int = 3) -> None:
    from checkin.store.db import Store
    from checkin.store.event import create_event

    empty = tmp / "empty.db"
    with Store(empty) as store:
        create_event(store, "Vide", date="2027-03-17", timezone="Africa/Casablanca")
    env = _app_env(tmp)
    big = [one_start(db, env) for _ in range(runs)]
    small = [one_start(empty, env) for _ in range(runs)]
    print("  starts at 1M (ms to the window, s to quit), in order: "
          + ", ".join(f"{r:.0f} ms / {q:.2f} s" for r, q in big)
          + " (the first after the window's run: its file was not left by the app's clean exit)", flush=True)
    ready, base = statistics.median(r for r, _ in big), statistics.median(r for r, _ in small)
    table.add("cold start at 1M, to a usable window (ms)", ready, base, "<= 1000 ms", ready <= 1000)
    quit_s, base = statistics.median(q for _, q in big), statistics.median(q for _, q in small)
    table.add("quit at 1M (ms)", 1000 * quit_s, 1000 * base, "<= 1000 ms", quit_s <= 1)


SESSION_TITLES = ["Ouverture", "Cadre institutionnel et flux migratoires", "Intégration des migrants",
                  "Articulation des politiques", "Table ronde ministérielle", "Clôture et recommandations"]


def decisions(store, people, sessions, table: Table, n: int = 600, blocks: int = 3) -> None:
    """Scan decisions with a durable commit each, a bare commit timed before each one.

    The session: ``n`` scans, with ``n`` bare commits into an empty bare table. The entrance:
    ``blocks`` blocks of ``n`` scans and the p95 of all of them, each block's bare commits going
    into a table that first takes ``n`` bare commits: the table holds ``n`` to ``2n`` rows while it
    is timed, as the entrance's bare table did when it came after the session in one block. One
    block's p95 ratio moved by 0.1 to 0.15 between identical runs (a bootstrap of one block),
    the width of the target's margin; three blocks measure the same ratio with less noise.
    """
    from checkin.decision import decide
    from checkin.store.checkins import occupancy

    bare_commits = BareCommits(store)
    room = sessions[1]
    with store.transaction() as c:  # a capacity that the room is close to, so every scan counts heads
        c.execute("UPDATE sessions SET capacity = ? WHERE id = ?", (occupancy(store, room) + 2 * n, room))
    late = "2027-03-19T17:00:00.000000Z"

    def scans(session_id, chosen) -> tuple[list[float], list[float], list[str]]:
        times, bare, statuses = [], [], []
        for _attendee_id, _uid, code in chosen:
            # out, then in: both admitted (an exit of someone not inside is admitted too)
            for direction in ("out", "in"):
                bare.append(bare_commits.once())
                settle(bare_commits.wal)
                t0 = time.perf_counter()
                d = decide(store, code, session_id=session_id, station="Accueil 1", method="scanner", at=late,
                           direction=direction)
                times.append(time.perf_counter() - t0)
                statuses.append(d.status)
        return times, bare, statuses

    times, bare, statuses = scans(room, people[:n // 2])
    print(f"  session with a capacity: {len(times)} scans, {statuses.count('accepted')} admitted", flush=True)
    table.add("session scan decision + commit, p95 (ms)", 1000 * p95(times), 1000 * p95(bare), "<= 5 ms",
              p95(times) <= 0.005)
    times, bare, statuses, ratios = [], [], [], []
    for block in range(blocks):
        bare_commits.fresh(rows=n)
        first = n + block * (n // 2)
        t, b, st = scans(None, people[first:first + n // 2])
        times += t
        bare += b
        statuses += st
        ratios.append(p95(t) / p95(b))
    print(f"  entrance: {len(times)} scans in {blocks} blocks, {statuses.count('accepted')} admitted;"
          f" each block's p95 ratio: {', '.join(f'{r:.2f}' for r in ratios)}", flush=True)
    ms, base = 1000 * p95(times), 1000 * p95(bare)
    table.add("entrance scan decision + commit, p95 (ms)", ms, base, "<= 2x bare INSERT+COMMIT", ms <= 2 * base)
    bare_commits.close()


def search(store, table: Table, repeat: int = 5) -> None:
    from checkin.store.attendees import search_attendees
    from checkin.store.listing import find_attendees

    ours, plain = [], []
    for text in SEARCHES:
        for _ in range(repeat):
            ours.append(timed(lambda: find_attendees(store, text, 9))[0])
            plain.append(timed(lambda: search_attendees(store, text, 9))[0])
    ms, base = 1000 * p95(ours), 1000 * p95(plain)
    table.add("desk search, 2+ letters, p95 (ms)", ms, base, "<= 10 ms", ms <= 10)


def dashboard(store, table: Table, repeat: int = 3) -> None:
    from checkin.store.dashboard import dashboard_figures

    ours = min(timed(lambda: dashboard_figures(store))[0] for _ in range(repeat))
    base = min(timed(lambda: store.conn.execute("SELECT COUNT(*) FROM checkins").fetchone())[0]
               for _ in range(repeat))
    table.add("dashboard refresh at 1M (ms)", 1000 * ours, 1000 * base, "<= 200 ms", ours <= 0.2)


def export(tmp: Path, db: Path, table: Table) -> None:
    from checkin.store.reports import CHECKIN_LOG_SQL

    out = tmp / "sqlite3-shell.csv"
    t0 = time.perf_counter()
    with out.open("wb") as fh:
        subprocess.run(["sqlite3", "-csv", "-header", str(db), CHECKIN_LOG_SQL], stdout=fh, check=True)
    base = time.perf_counter() - t0
    result = child("export", str(db), str(tmp / "export"))
    table.add("export 1M check-ins, every file (s)", result["seconds"], base, "<= 3x sqlite3 shell CSV",
              result["seconds"] <= 3 * base)
    table.add("export peak memory (MB; baseline: the process before exporting)", result["peak_mb"],
              result["base_mb"], "<= 300 MB", result["peak_mb"] <= 300)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="FILE", help="also write the table as JSON")
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--checkins", type=int, default=1_000_000)
    parser.add_argument("--workdir", help="keep the generated files here (default: a temporary folder)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(CHILDREN[args.child[0]](*args.child[1:])))
        return 0
    t0 = time.perf_counter()
    load = os.getloadavg()[0]
    try:
        table = run(args)
    finally:
        if not args.workdir and WORKDIR:  # the generated files are about 1 GB
            shutil.rmtree(WORKDIR[0], ignore_errors=True)
    print()
    table.print()
    print(f"\n{time.perf_counter() - t0:.0f} s in all, {os.cpu_count()} CPUs, load average {load:.1f} at the"
          f" start and {os.getloadavg()[0]:.1f} at the end (other work on the machine slows every figure)")
    if args.json:
        Path(args.json).write_text(json.dumps(table.rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
