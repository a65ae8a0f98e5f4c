"""Every command of the CLI is documented in the README, and the README's first
lines are the two commands that install and start the app / run the tests."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from checkin.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                full = f"{prefix} {name}".strip()
                nested = _commands(sub, full)
                out.extend(nested or [full])
    return out


def test_every_cli_command_is_in_the_readme():
    commands = _commands(build_parser())
    assert "import attendees" in commands and "scan" in commands
    missing = [c for c in commands if not re.search(rf"checkin (\[--db PATH\] )?{re.escape(c)}\b", README)]
    assert missing == [], f"commands not documented in README.md: {missing}"


def test_readme_starts_with_the_two_commands():
    first = [ln.strip() for ln in README.splitlines()[:6] if ln.strip().startswith("./dev")]
    assert [ln.split()[:2] for ln in first] == [["./dev", "demo"], ["./dev", "test"]]
    ci_lines = [ln.strip() for ln in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert "./dev test" in ci_lines, "CI must run exactly the README's test command"
