"""The organiser's guide to stations (docs/stations.md): every checkin command it shows is one the CLI
accepts, and the README links to it."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from checkin.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
GUIDE = (ROOT / "docs" / "stations.md").read_text(encoding="utf-8")


def _guide_commands() -> list[str]:
    blocks = re.findall(r"```\n(.*?)```", GUIDE, flags=re.S)
    lines = [ln.strip() for b in blocks for ln in b.splitlines() if ln.strip().startswith("checkin ")]
    verbs = _subcommands()
    inline = [" ".join(c.split()) for c in re.findall(r"`(checkin [^`]+)`", GUIDE)]
    return lines + [c for c in inline if c.split()[1] in verbs or c.split()[1].startswith("-")]


def _subcommands() -> set[str]:
    parser = build_parser()
    return {name for action in parser._actions if isinstance(getattr(action, "choices", None), dict)
            for name in action.choices}


def test_the_guide_shows_the_whole_journey():
    argvs = [shlex.split(c) for c in _guide_commands()]
    verbs = {argv[3] if argv[1] == "--db" else argv[1] for argv in argvs}
    assert {"init", "package", "join", "sync", "export"} <= verbs
    for word in ("Global Discovery", "Enable Relaying", "Enable NAT traversal", "Local Discovery",
                 "Add Remote Device", "Add Folder", "tcp://", "USB", "double_admission", "conflicts.csv"):
        assert word in GUIDE, word
    assert "(docs/stations.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", _guide_commands())
def test_every_command_in_the_guide_is_accepted_by_the_cli(command):
    argv = shlex.split(command)[1:]
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse refuses: the guide shows a command that does not exist
        pytest.fail(f"docs/stations.md: `{command}` is refused by the CLI (exit {exc.code})")
    assert callable(args.func)
