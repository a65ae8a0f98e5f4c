"""What a registration tool's status words mean at the door, in English and French.

``registered``: admitted. ``pending``: not settled (unpaid, awaiting payment or an
organiser's approval): refused at the desk with that reason until an organiser
confirms. ``cancelled``: cancelled, refunded, expired, withdrawn, refused, void.
"""

from __future__ import annotations

import re

from checkin.text import search_key

_CANCELLED = {
    "cancelled", "canceled", "annule", "annulee", "refunded", "rembourse", "remboursee", "not attending",
    "deleted", "void", "voided", "desiste", "desistement", "expired", "expire", "expiree", "withdrawn",
    "retire", "retiree", "refused", "refuse", "refusee", "rejected", "rejete", "rejetee", "declined",
    "decline", "cancelled by organizer", "attendee cancelled", "invalid", "invalide",
}
_PENDING_APPROVAL = {
    "approval pending", "pending approval", "awaiting approval", "en attente de validation",
    "en attente d'approbation", "en attente de moderation", "a valider", "a approuver", "moderation",
}
_PENDING_PAYMENT = {
    "pending", "en attente", "unpaid", "not paid", "non paye", "non payee", "impaye", "impayee",
    "awaiting payment", "payment pending", "pending payment", "en attente de paiement",
    "paiement en attente", "reserved", "reserve", "reservee", "awaiting offline payment",
}
_NO = {"no", "non", "false", "faux", "0", "n"}
_SEPARATORS = re.compile(r"[_\-]+")


def _fold(text: str) -> str:
    return search_key(_SEPARATORS.sub(" ", text or "")).strip(" .")


def status_of(text: str, pending_means: str = "payment") -> tuple[str, str | None]:
    """``(status, pending reason)`` for a tool's status cell: ('registered', None), ('cancelled', None)
    or ('registered', 'payment' | 'approval'). Unknown words (Paid, Attending, Completed) are registered.
    """
    word = _fold(text)
    if word in _CANCELLED or any(part.strip() in _CANCELLED for part in word.split("/")):
        return "cancelled", None  # Eventbrite writes "Refunded/Canceled"
    if word in _PENDING_APPROVAL:
        return "registered", "approval"
    if word in _PENDING_PAYMENT:
        return "registered", "approval" if word == "pending" and pending_means == "approval" else "payment"
    return "registered", None


def unpaid(text: str) -> bool:
    """True for a "Paid" cell saying no (No, Non, False, 0)."""
    return _fold(text) in _NO
