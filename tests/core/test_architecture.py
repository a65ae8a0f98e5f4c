"""The core must run without Qt: no module outside checkin/ui imports PySide6.

``checkin/ui/render`` (badges, reports and certificates painted with QtGui, sent to a printer) is
the one part of ``checkin.ui`` the command line may load: Qt without widgets. The CLI never loads
the widget layer (any other ``checkin.ui`` module, or QtWidgets), and ``checkin/ui/render`` itself
imports nothing else of ``checkin.ui``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "checkin"


def _core_files():
    for path in sorted(CORE.rglob("*.py")):
        if "ui" in path.relative_to(CORE).parts:
            continue
        yield path


def test_no_core_file_imports_qt():
    offenders = []
    for path in _core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6") or name.startswith("checkin.ui"):
                    offenders.append(f"{path.relative_to(CORE.parent)}:{node.lineno} {name}")
    assert offenders == [], "core modules importing Qt: " + ", ".join(offenders)


def test_importing_every_core_module_loads_no_qt():
    modules = []
    for path in _core_files():
        rel = path.relative_to(CORE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules.append(".".join(parts))
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"Qt was loaded by the core: {out.stdout}"
    assert len(modules) > 5


def _widget_layer(name: str) -> bool:
    return (name.startswith("checkin.ui") and not name.startswith("checkin.ui.render")) or \
        name.startswith("PySide6.QtWidgets")


def test_the_command_line_never_imports_the_widget_layer():
    offenders = []
    for path in sorted((CORE / "cli").rglob("*.py")) + sorted((CORE / "ui" / "render").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
            names += [a.value for a in (node.args if isinstance(node, ast.Call) else []) if isinstance(a, ast.Constant)
                      and isinstance(a.value, str) and a.value.startswith("checkin.")]
            offenders += [f"{path.name}:{node.lineno} {n}" for n in names if _widget_layer(n)]
    assert offenders == []


def test_printing_badges_from_the_command_line_loads_no_widget():
    """What ``checkin badges`` loads to draw and print: QtGui yes, QtWidgets and the app's modules no."""
    code = (
        "import sys\n"
        "import checkin.cli.badges, checkin.ui.render.badge_render, checkin.ui.render.printing\n"
        "print(','.join(m for m in sys.modules if m == 'PySide6.QtWidgets' or (m.startswith('checkin.ui')"
        " and not m.startswith('checkin.ui.render') and m != 'checkin.ui')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"the CLI loaded the widget layer: {out.stdout}"
