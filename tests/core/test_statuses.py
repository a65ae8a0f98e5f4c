"""Status words of the registration tools, in English and French, and what the desk does with them."""

from __future__ import annotations

import pytest

from checkin.importers.statuses import status_of, unpaid


@pytest.mark.parametrize("text, expected", [
    ("Paid", ("registered", None)),                      # pretix
    ("Validé", ("registered", None)),                    # HelloAsso
    ("ACTIVE", ("registered", None)),                    # Hi.Events
    ("Completed", ("registered", None)),                 # Indico
    ("Attending", ("registered", None)),                 # Eventbrite
    ("Pending", ("registered", "payment")),              # pretix, Eventbrite
    ("Unpaid", ("registered", "payment")),               # Eventbrite
    ("AWAITING_PAYMENT", ("registered", "payment")),     # Hi.Events
    ("Awaiting payment", ("registered", "payment")),     # Indico
    ("En attente", ("registered", "payment")),
    ("en attente de paiement", ("registered", "payment")),
    ("Approval pending", ("registered", "approval")),
    ("En attente de validation", ("registered", "approval")),
    ("Canceled", ("cancelled", None)),
    ("Refunded/Canceled", ("cancelled", None)),          # Eventbrite
    ("Expired", ("cancelled", None)),
    ("expiré", ("cancelled", None)),
    ("Retiré", ("cancelled", None)),
    ("Refusé", ("cancelled", None)),
    ("Withdrawn", ("cancelled", None)),                  # Indico
    ("Rejected", ("cancelled", None)),                   # Indico
    ("void", ("cancelled", None)),                       # Tito
    ("Remboursé", ("cancelled", None)),                  # HelloAsso
    ("Not Attending", ("cancelled", None)),              # Eventbrite
])
def test_status_words(text, expected):
    assert status_of(text) == expected


def test_indico_pending_means_approval_and_paid_columns():
    assert status_of("Pending", pending_means="approval") == ("registered", "approval")
    assert [unpaid(x) for x in ("No", "Non", "FALSE", "0", "Yes", "Oui", "")] == [True] * 4 + [False] * 3
