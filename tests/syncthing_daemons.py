"""Real Syncthing daemons for tests: two devices on 127.0.0.1 sharing one folder, nothing else.

Each daemon gets its own home folder (keys, config.xml, database) made by
``syncthing generate``; the test then edits config.xml before the first start,
so the daemon never tries the internet, not even once:

* GUI/REST on 127.0.0.1 at a free port, with an API key (``X-API-Key`` header);
* sync protocol listening on ``tcp://127.0.0.1:PORT`` only (no QUIC listener);
* global discovery, local discovery, relays, NAT traversal (UPnP/NAT-PMP, and
  with it STUN), usage reporting, crash reporting and upgrade checks all off;
* the peer known by its device id at a static address ``tcp://127.0.0.1:PORT``;
* one shared folder, send-receive, watched (inotify) with a 1 s delay and
  rescanned every 10 s as a fallback.

Option names and meanings are those of syncthing-config(5) and
syncthing-rest-api(7) as shipped by Debian's ``syncthing`` 1.19.2 (the version
``./dev`` installs). That STUN is off when NAT is off is
``OptionsConfiguration.IsStunDisabled`` in syncthing's lib/config/optionsconfiguration.go.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

FOLDER_ID = "checkin-journals"
START_TIMEOUT_S = 90.0  # a loaded 2-core machine: generous for start-up, never for propagation

OFFLINE_OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",  # -1: the user said no (0 would mean "ask later")
    "urSeen": "3",
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    "announceLANAddresses": "false",
    "startBrowser": "false",
    "reconnectionIntervalS": "1",  # retry the peer every second instead of every minute
}


class SyncthingError(RuntimeError):
    pass


def syncthing_binary() -> str:
    """The syncthing executable; a clear error when it is missing (``./dev install`` adds it)."""
    path = shutil.which("syncthing")
    if path is None:
        raise SyncthingError("syncthing is not installed: run ./dev install (Debian package 'syncthing')")
    return path


def syncthing_version() -> str:
    out = subprocess.run([syncthing_binary(), "--version"], capture_output=True, text=True, timeout=30)
    return out.stdout.strip()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Daemon:
    """One Syncthing device: its home folder, ports, API key and (once started) process."""

    name: str
    home: Path
    folder: Path
    gui_port: int = field(default_factory=free_port)
    listen_port: int = field(default_factory=free_port)
    api_key: str = field(default_factory=lambda: os.urandom(16).hex())
    device_id: str = ""
    watcher_delay_s: int = 1  # Syncthing's own default is 10
    proc: subprocess.Popen | None = None

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.listen_port}"

    def generate(self) -> None:
        """Keys and a default config.xml (``syncthing generate``); reads the device id from it."""
        self.home.mkdir(parents=True)
        out = subprocess.run([syncthing_binary(), "generate", f"--home={self.home}", "--no-default-folder",
                              "--skip-port-probing"], capture_output=True, text=True, timeout=START_TIMEOUT_S,
                             env=self._env())
        if out.returncode != 0:
            raise SyncthingError(f"syncthing generate failed: {out.stderr or out.stdout}")
        root = ET.parse(self.home / "config.xml").getroot()
        self.device_id = root.find("device").get("id")

    def configure(self, peer: Daemon) -> None:
        """Rewrite config.xml: offline options, GUI and listen addresses, the peer, the shared folder."""
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        gui = root.find("gui")
        gui.set("tls", "false")
        gui.find("address").text = f"127.0.0.1:{self.gui_port}"
        gui.find("apikey").text = self.api_key
        options = root.find("options")
        for tag in ("listenAddress", "globalAnnounceServer"):
            for old in options.findall(tag):
                options.remove(old)
        ET.SubElement(options, "listenAddress").text = self.address
        for tag, value in OFFLINE_OPTIONS.items():
            element = options.find(tag)
            if element is None:
                element = ET.SubElement(options, tag)
            element.text = value
        for old in root.findall("device") + root.findall("folder"):
            root.remove(old)
        folder = ET.Element("folder", {
            "id": FOLDER_ID, "label": "checkin journals", "path": str(self.folder), "type": "sendreceive",
            "rescanIntervalS": "10", "fsWatcherEnabled": "true", "fsWatcherDelayS": str(self.watcher_delay_s),
            "ignorePerms": "false", "autoNormalize": "true"})
        for i, dev in enumerate((self, peer)):
            ET.SubElement(folder, "device", {"id": dev.device_id, "introducedBy": ""})
            device = ET.Element("device", {"id": dev.device_id, "name": dev.name, "compression": "metadata",
                                           "introducer": "false", "skipIntroductionRemovals": "false",
                                           "introducedBy": ""})
            ET.SubElement(device, "address").text = dev.address
            ET.SubElement(device, "autoAcceptFolders").text = "false"
            root.insert(i, device)
        root.insert(0, folder)
        tree.write(path, encoding="utf-8", xml_declaration=False)
        # Syncthing refuses a folder without its marker (it guards against syncing an unmounted disk
        # as "everything deleted"); an organiser's first start through the GUI creates both.
        (self.folder / ".stfolder").mkdir(parents=True, exist_ok=True)
        # Our journals are written as a dot-file ending in .tmp, then renamed: never sync the half-file.
        (self.folder / ".stignore").write_text(".checkin-*.tmp\n", encoding="utf-8")

    def start(self, log: Path) -> None:
        self._log = open(log, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [syncthing_binary(), "serve", f"--home={self.home}", "--no-browser", "--no-restart",
             "--no-upgrade", "--logflags=3"],
            stdout=self._log, stderr=subprocess.STDOUT, env=self._env())

    def stop(self) -> None:
        """SIGTERM (Syncthing shuts down cleanly), SIGKILL if it does not within 30 s."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=30)
        if getattr(self, "_log", None):
            self._log.close()

    def rest(self, path: str) -> dict:
        request = urllib.request.Request(f"http://127.0.0.1:{self.gui_port}{path}",
                                         headers={"X-API-Key": self.api_key})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read().decode("utf-8"))

    def wait_until(self, what: str, check, timeout: float = START_TIMEOUT_S) -> None:
        deadline = time.monotonic() + timeout
        last_error = ""
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise SyncthingError(f"{self.name}: syncthing exited ({self.proc.returncode}) while waiting"
                                     f" for {what}; see {self._log.name}")
            try:
                if check():
                    return
            except (urllib.error.URLError, ConnectionError, OSError, KeyError) as exc:
                last_error = str(exc)
            time.sleep(0.5)
        raise SyncthingError(f"{self.name}: no {what} after {timeout:.0f} s {last_error}".strip())

    def _env(self) -> dict:
        # The daemon's HOME is its own folder: it never reads or writes the real user's ~/.config.
        env = {k: v for k, v in os.environ.items() if not k.startswith("ST")}
        env.update(HOME=str(self.home.parent), STNODEFAULTFOLDER="1", STNOUPGRADE="1", STNORESTART="1")
        return env


def start_pair(base: Path, names: tuple[str, str], *, watcher_delay_s: int = 1) -> tuple[Daemon, Daemon]:
    """Two daemons that know each other and share FOLDER_ID, started (wait for them); stop() them after."""
    a, b = (Daemon(name, base / f"st-{i}" / "home", base / f"sync-{i}", watcher_delay_s=watcher_delay_s)
            for i, name in enumerate(names, 1))
    while len({a.gui_port, a.listen_port, b.gui_port, b.listen_port}) < 4:  # free_port() may repeat itself
        b.gui_port, b.listen_port = free_port(), free_port()
    for daemon in (a, b):
        daemon.generate()
    a.configure(b)
    b.configure(a)
    for daemon in (a, b):
        daemon.start(base / f"syncthing-{daemon.name.replace(' ', '-')}.log")
    return a, b
