"""The organiser PIN that guards leaving kiosk mode, kept as a salted hash in QSettings."""

from __future__ import annotations

import hashlib
import hmac
import os

from PySide6.QtCore import QSettings

#: QSettings key: "salt-hex:hash-hex" of the PIN; absent or "" = no PIN set.
PIN_KEY = "kiosk/pin_hash"
MIN_LENGTH = 4


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, 100_000)


def has_pin(settings: QSettings) -> bool:
    return bool(settings.value(PIN_KEY, "", type=str))


def set_pin(settings: QSettings, pin: str) -> None:
    """Store a new PIN (digits, at least MIN_LENGTH); raises ValueError otherwise."""
    pin = pin.strip()
    if len(pin) < MIN_LENGTH or not pin.isdigit():
        raise ValueError(f"the PIN must be at least {MIN_LENGTH} digits")
    salt = os.urandom(16)
    settings.setValue(PIN_KEY, f"{salt.hex()}:{_hash(pin, salt).hex()}")


def check_pin(settings: QSettings, pin: str) -> bool:
    """Whether ``pin`` is the organiser PIN (False when none is set)."""
    stored = settings.value(PIN_KEY, "", type=str)
    if ":" not in stored:
        return False
    salt_hex, hash_hex = stored.split(":", 1)
    return hmac.compare_digest(_hash(pin.strip(), bytes.fromhex(salt_hex)).hex(), hash_hex)
