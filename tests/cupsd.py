"""A private CUPS scheduler with one cups-pdf queue, for tests that print for real.

``cupsd`` runs in the foreground with its own configuration, spool, cache and log
folders under the test's temporary directory, listening on 127.0.0.1 only; the
clients (``lp``, ``lpstat``, Qt's print support through libcups) reach it through
``CUPS_SERVER``. The queue is a real ``cups-pdf`` printer (Debian
``printer-driver-cups-pdf``): the job goes through CUPS's filters and the cups-pdf
backend, which writes the printed page as a PDF.

cups-pdf reads its settings only from ``/etc/cups`` (``CP_CONFIG_PATH`` in cups-pdf.h):
for a device URI ``cups-pdf:/NAME`` it reads ``/etc/cups/cups-pdf-NAME.conf``
(``init()`` in cups-pdf.c). So the fixture writes one such file with a unique NAME,
pointing the output at the temporary directory, and removes it afterwards.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
TOOLS = ("cupsd", "lpadmin", "lp", "lpstat", "cupsdisable", "pdftoppm")


@dataclass
class CupsQueue:
    name: str
    server: str  # host:port, for CUPS_SERVER
    output: Path  # where cups-pdf writes printed pages
    env: dict

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(list(args), env=self.env, capture_output=True, text=True, timeout=30)

    def stop(self) -> None:
        """Stop (pause) the queue as an operator would: it still accepts jobs but prints nothing."""
        out = self.run("cupsdisable", "-r", "paper jam", self.name)
        assert out.returncode == 0, out.stderr

    def printed(self, timeout: float = 30) -> list[Path]:
        """The PDFs cups-pdf wrote so far, waiting up to ``timeout`` s for at least one."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            done = sorted(self.output.glob("*.pdf"))
            if done and all(p.stat().st_size > 0 for p in done):
                time.sleep(0.3)  # cups-pdf renames the finished file into place; let it settle
                return sorted(self.output.glob("*.pdf"))
            time.sleep(0.1)
        return []


def missing_tools() -> list[str]:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if not PPD.exists() or not Path("/usr/lib/cups/backend/cups-pdf").exists():
        missing.append("printer-driver-cups-pdf")
    return missing


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(queue: str = "Badges"):
    """Start cupsd in a fresh folder with one cups-pdf queue; returns ``(CupsQueue, stop function)``.

    The folder is made outside pytest's temporary tree on purpose: CUPS runs its filters as
    the ``lp`` user, who must be able to reach the spool, and pytest's folders are private.
    """
    root = Path(tempfile.mkdtemp(prefix="checkin-cups-"))
    os.chmod(root, 0o755)
    for sub in ("etc/ppd", "spool/tmp", "cache", "state", "log", "out"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    port = _free_port()
    (root / "etc/cups-files.conf").write_text(
        f"ServerRoot {root}/etc\nRequestRoot {root}/spool\nCacheDir {root}/cache\nStateDir {root}/state\n"
        f"TempDir {root}/spool/tmp\nAccessLog {root}/log/access_log\nErrorLog {root}/log/error_log\n"
        f"PageLog {root}/log/page_log\nServerBin /usr/lib/cups\nDataDir /usr/share/cups\nFileDevice No\n"
        "SystemGroup root\n")
    (root / "etc/cupsd.conf").write_text(
        f"LogLevel info\nListen 127.0.0.1:{port}\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n    Allow all\n  </Limit>\n</Policy>\n")
    instance = f"checkin-test-{uuid.uuid4().hex[:10]}"
    conf = Path(f"/etc/cups/cups-pdf-{instance}.conf")
    conf.write_text(f"Out {root}/out\nAnonDirName {root}/out\nLog {root}/log\nGrp root\nLabel 1\n")
    proc = subprocess.Popen(["cupsd", "-f", "-c", str(root / "etc/cupsd.conf"),
                             "-s", str(root / "etc/cups-files.conf")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop() -> None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        conf.unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)

    server = f"127.0.0.1:{port}"
    env = dict(os.environ, CUPS_SERVER=server)
    cups = CupsQueue(queue, server, root / "out", env)
    try:
        for _ in range(100):
            if cups.run("lpstat", "-r").stdout.startswith("scheduler is running"):
                break
            time.sleep(0.1)
        else:
            raise RuntimeError("cupsd did not start: " + _log(root))
        added = cups.run("lpadmin", "-p", queue, "-E", "-v", f"cups-pdf:/{instance}", "-P", str(PPD))
        if added.returncode != 0:
            raise RuntimeError(f"lpadmin failed: {added.stderr}")
    except BaseException:
        stop()
        raise
    return cups, stop


def _log(root: Path) -> str:
    path = root / "log/error_log"
    return path.read_text()[-2000:] if path.exists() else "(no log)"
