"""The organiser's identity for reports and certificates (name, signatory, language, logo, signature)."""

from __future__ import annotations

from dataclasses import dataclass, field

from checkin.store.db import Store, StoreError, utc_now

LANGUAGES = ("en", "fr", "ar")
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
MAX_IMAGE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Organiser:
    name: str = ""
    signatory: str = ""
    language: str = "en"
    logo: bytes | None = field(default=None, repr=False)
    signature: bytes | None = field(default=None, repr=False)


def get_organiser(store: Store) -> Organiser:
    """The stored settings, or empty ones (English, no images) when none were given."""
    row = store.conn.execute("SELECT * FROM organiser WHERE id = 1").fetchone()
    if row is None:
        return Organiser()
    return Organiser(row["name"], row["signatory"], row["language"], row["logo"], row["signature"])


def check_image(data: bytes, what: str) -> bytes:
    """``data`` if it is a PNG or JPEG of sensible size; StoreError with one line otherwise."""
    if not data.startswith((_PNG, _JPEG)):
        raise StoreError(f"the {what} must be a PNG or JPEG image")
    if len(data) > MAX_IMAGE_BYTES:
        limit = MAX_IMAGE_BYTES // (1024 * 1024)
        raise StoreError(f"the {what} is larger than {limit} MB; use a smaller image")
    return data


_UNSET = object()


def set_organiser(store: Store, *, name=_UNSET, signatory=_UNSET, language=_UNSET, logo=_UNSET,
                  signature=_UNSET) -> Organiser:
    """Change the given settings only (``logo=None`` removes the logo); returns the new settings."""
    current = get_organiser(store)
    values = {
        "name": current.name if name is _UNSET else (name or "").strip(),
        "signatory": current.signatory if signatory is _UNSET else (signatory or "").strip(),
        "language": current.language if language is _UNSET else language,
        "logo": current.logo if logo is _UNSET else (None if logo is None else check_image(logo, "logo")),
        "signature": current.signature if signature is _UNSET
        else (None if signature is None else check_image(signature, "signature")),
    }
    if values["language"] not in LANGUAGES:
        raise StoreError(f"language must be one of {', '.join(LANGUAGES)}, not {values['language']!r}")
    with store.transaction() as c:
        c.execute(
            "INSERT INTO organiser (id, name, signatory, language, logo, signature, updated_at)"
            " VALUES (1, :name, :signatory, :language, :logo, :signature, :now)"
            " ON CONFLICT (id) DO UPDATE SET name = :name, signatory = :signatory, language = :language,"
            " logo = :logo, signature = :signature, updated_at = :now",
            {**values, "now": utc_now()},
        )
    return get_organiser(store)
