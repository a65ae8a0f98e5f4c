"""Header names as registration tools write them, in English and French.

Matching ignores case, accents, spaces and punctuation: "Adresse e-mail",
"ADRESSE EMAIL" and "adresse_e-mail" are the same column.
"""

from __future__ import annotations

import re
import unicodedata

from checkin.text import clean_name

_NON_ALNUM = re.compile(r"[\W_]+")  # letters of every script stay: Arabic headers are headers too


def normalise_header(name: str) -> str:
    """Fold a header cell for matching: "Order #" -> "ordernumber", "Prénom" -> "prenom", "الاسم" stays."""
    text = unicodedata.normalize("NFKD", str(name or "")).replace("#", " number ").replace("°", " number ")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return _NON_ALNUM.sub("", text)


def _aliases(*names: str) -> tuple[str, ...]:
    return tuple(normalise_header(n) for n in names)


# Field -> accepted headers, best first (the first one present in the file wins).
ATTENDEE_FIELDS: dict[str, tuple[str, ...]] = {
    "first_name": _aliases(
        "First Name",
        "Firstname",
        "Given name",
        "Prénom",
        "Prenom",
        "Attendee name: Given name",
        "Invitee first name",
        "الاسم الشخصي",
    ),
    "last_name": _aliases(
        "Last Name",
        "Lastname",
        "Surname",
        "Family name",
        "Nom",
        "Nom de famille",
        "Attendee name: Family name",
        "Invitee last name",
        "النسب",
        "اسم العائلة",
    ),
    "full_name": _aliases(
        "Full name",
        "Name",
        "Nom complet",
        "Attendee name",
        "Participant",
        "Nom et prénom",
        "Prénom et nom",
        "Nom & prénom",
        "Prénom & nom",
        "Nom prénom",
        "Prénom nom",
        "Invitee name",
        "Your name",
        "Votre nom",
        "الاسم الكامل",
        "الاسم",
    ),
    "email": _aliases(
        "Email",
        "E-mail",
        "Email Address",
        "E-mail address",
        "Adresse e-mail",
        "Adresse email",
        "Adresse électronique",
        "Adresse mail",
        "Courriel",
        "Mail",
        "Attendee email",
        "Votre adresse e-mail",
        "البريد الإلكتروني",
    ),
    "organisation": _aliases(
        "Company",
        "Organisation",
        "Organization",
        "Organisme",
        "Institution",
        "Structure",
        "Entreprise",
        "Société",
        "Employer",
        "Affiliation",
        "Attendee company",
        "Raison sociale",
        "المؤسسة",
        "الهيئة",
        "الجهة",
    ),
    "role": _aliases(
        "Job Title", "Fonction", "Poste", "Role", "Rôle", "Job", "Titre du poste", "الصفة", "الوظيفة",
    ),
    "category": _aliases(
        "Ticket Type",
        "Catégorie",
        "Category",
        "Product",
        "Type de billet",
        "Billet",
        "Ticket",
        "Type",
        "Délégation",
        "Collège",
        "الفئة",
    ),
    "external_id": _aliases(
        "Attendee #",
        "Attendee ID",
        "Attendee number",
        "Registration ID",
        "Registration #",
        "ID",
        "Numéro",
        "Numero",
        "N°",
        "Numéro d'inscription",
        "Identifiant",
        "Ticket #",
        "Order code",
        "Order #",
        "Order ID",
        "Order number",
        "Numéro de commande",
    ),
    "position": _aliases("Position ID"),  # pretix: order code + position make one ticket
    "status": _aliases(
        "Attendee Status", "Status", "Statut", "Order status", "État", "Registration state",
        "Statut de la commande", "Statut du billet",
    ),
    # "Paid: Yes/No" (pretix check-in lists with pending orders): "No" means payment pending.
    "paid": _aliases("Paid", "Payé", "Payée"),
    # The code on the ticket the registration tool sent (its QR): an alias of the badge code.
    "ticket_code": _aliases(
        "Ticket code", "Ticket secret", "Secret", "Barcode", "Barcode #", "Code-barres", "Code barre",
        "Code barres",
        "Ticket Reference", "Numéro de billet", "Code du billet",
    ),
}
# The fields an organiser can name with --map, and "ignore" for a column to leave out.
MAPPABLE = tuple(f for f in (
    "full_name", "first_name", "last_name", "email", "organisation", "role", "category", "external_id",
    "status", "ticket_code", "paid", "position",
))

SESSION_FIELDS: dict[str, tuple[str, ...]] = {
    "title": _aliases("Title", "Titre", "Session", "Intitulé", "Nom", "Name"),
    "room": _aliases("Room", "Salle", "Location", "Lieu"),
    "start": _aliases(
        "Start", "Début", "Debut", "Starts at", "Start time", "Heure de début", "Date de début"
    ),
    "end": _aliases("End", "Fin", "Ends at", "End time", "Heure de fin", "Date de fin"),
    "capacity": _aliases("Capacity", "Capacité", "Places", "Jauge", "Seats"),
    "restricted": _aliases(
        "Restricted",
        "Restreinte",
        "Restreint",
        "Restricted access",
        "Accès restreint",
        "Sur invitation",
        "Invitation only",
    ),
    "external_id": _aliases("ID", "Session ID", "Code", "Identifiant", "Numéro"),
    "access": _aliases("Access list", "Access", "Liste d'accès", "Accès", "Liste"),
    # minutes before the start from which people are admitted (pretix: check-in list rules)
    "admit_before": _aliases(
        "Admission (minutes before)", "Admit from (minutes before)", "Admission", "Opens (minutes before)",
        "Ouverture (minutes avant)", "Accueil (minutes avant)", "Ouverture", "Admission (minutes avant)",
    ),
    "reentry": _aliases("Re-entry", "Reentry", "Re-entry after exit", "Réadmission", "Retour après sortie"),
    "multiple_entries": _aliases("Multiple entries", "Entrées multiples"),
}

ACCESS_FIELDS: dict[str, tuple[str, ...]] = {
    "external_id": ATTENDEE_FIELDS["external_id"],
    "email": ATTENDEE_FIELDS["email"],
    "full_name": ATTENDEE_FIELDS["full_name"],
    "first_name": ATTENDEE_FIELDS["first_name"],
    "last_name": ATTENDEE_FIELDS["last_name"],
}


def map_headers(cells: list[str], fields: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """Field name -> column index for one header row; each column serves one field at most."""
    folded = [normalise_header(c) for c in cells]
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    for field, aliases in fields.items():
        for alias in aliases:
            index = next((i for i, f in enumerate(folded) if f == alias and i not in taken), None)
            if index is not None:
                mapping[field] = index
                taken.add(index)
                break
    return mapping


def cell_value(cells: list[str], mapping: dict[str, int], field: str) -> str:
    """The cleaned text of ``field`` in one row ("" when the file lacks the column or the row is short)."""
    index = mapping.get(field)
    return clean_name(cells[index]) if index is not None and index < len(cells) else ""


def find_header(
    rows: list, fields: dict[str, tuple[str, ...]], required: tuple[str, ...], max_lead: int = 10
) -> tuple[int, dict[str, int]]:
    """The index of the header row and its mapping: the first of the leading rows with a required field.

    Some exports put a title line ("Liste des participants;;;") above the header.
    Returns ``(-1, {})`` when no row qualifies.
    """
    for index, record in enumerate(rows[:max_lead]):
        mapping = map_headers(record.cells, fields)
        if any(f in mapping for f in required):
            return index, mapping
    return -1, {}
