"""Work around PySide6 6.12 dropping a reference to ``None`` on every void call under Python 3.11.

Measured here (PySide6 6.12.0 abi3 wheel, CPython 3.11.7): each call of a Qt
method returning ``void`` (``setText``, ``scrollTo``, ``processEvents``...)
lowers ``sys.getrefcount(None)`` by one; after ~13,000 such calls the
interpreter aborts with "none_dealloc: deallocating None". Python 3.12+ makes
``None`` immortal, so the same wheel is harmless there. Until the project
runs on 3.12+, pyproject.toml keeps PySide6 below 6.12, and the app, the
badge renderer and long scripts still call :func:`keep_none_alive` once at
start-up: it only acts when the leak is measured, as a guard for a 6.12
installed by hand or by a distribution.
"""

from __future__ import annotations

import ctypes
import sys

_PAD = 1 << 40  # a trillion void calls: more than any event day


def none_refcount_leaks() -> bool:
    """Whether this interpreter and PySide6 lose a ``None`` reference per void call."""
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(50):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 25


def keep_none_alive() -> bool:
    """Pad ``None``'s reference count when the leak is present; returns whether it was needed."""
    if not none_refcount_leaks():
        return False
    # CPython 3.11: ob_refcnt is the first field of every object, at its id().
    ctypes.c_ssize_t.from_address(id(None)).value += _PAD
    return True
