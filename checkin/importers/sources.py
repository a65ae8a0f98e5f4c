"""Registration tools recognised by their real export headers, and what each column means there.

A known source's header row is recognised by a few headers that only it writes
(its *signature*); its columns are then read with the source's own meaning, which
beats the generic guess: a pretix order-position export has the buyer's "Email"
and the attendee's "Attendee email", and the attendee's is the one wanted.
Where each header list came from is in docs/import-formats.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checkin.importers.headers import normalise_header


# A column may serve these as well as another field: Tito's "Ticket Reference" is both the
# ticket's id and the code in its QR.
SHARED_FIELDS = ("ticket_code",)


def _h(*names: str) -> tuple[str, ...]:
    return tuple(normalise_header(n) for n in names)


@dataclass(frozen=True)
class Source:
    """One tool's export: how to recognise it and which header gives which field, best first."""

    name: str
    signature: tuple[str, ...]
    fields: dict[str, tuple[str, ...]]
    # Columns that describe the buyer/respondent account, used for a name only when no
    # attendee-level name column exists (Microsoft Forms' own "Name" = the signed-in account).
    fallback: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # What a bare "pending" means in this tool: awaiting payment, or an organiser's approval.
    pending_means: str = "payment"
    # Headers the generic guess must not use here (Microsoft Forms' "ID" numbers responses, not people).
    ignore: tuple[str, ...] = ()


PRETIX_POSITIONS_EN = Source(
    "pretix (order positions)",
    _h("Order code", "Position ID", "Product", "Attendee name"),
    {
        "external_id": _h("Order code"),
        "position": _h("Position ID"),
        "full_name": _h("Attendee name"),
        "first_name": _h("Attendee name: Given name"),
        "last_name": _h("Attendee name: Family name"),
        "email": _h("Attendee email", "Email"),
        "organisation": _h("Attendee company", "Company"),
        "category": _h("Product"),
        "status": _h("Status"),
        "ticket_code": _h("Ticket secret", "Secret"),
    },
)
# French headers: pretix's French catalogue, src/pretix/locale/fr/LC_MESSAGES/django.po, read in
# boost-entropy-python/pretix @8a47ba7f (a mirror of pretix/pretix, POT-Creation-Date 2026-07-06):
# "ID de la position", "E-mail du participant", "Entreprise du participant", "Entreprise", "Prix",
# "Secret du billet", "Titre de l'événement" (Event slug), "E-Mail" (Email). Older catalogues differ
# (pretix/pretix @0a1a9fcf, 2020: "Position ID" untranslated, "Adresse mail du participant", "Société"),
# so those are accepted as well; the signature uses the headers both versions share plus the current one.
PRETIX_POSITIONS_FR = Source(
    "pretix (order positions, French)",
    _h("Code de commande", "ID de la position", "Produit", "Nom du participant"),
    {
        "external_id": _h("Code de commande"),
        "position": _h("ID de la position", "Position ID"),
        "full_name": _h("Nom du participant"),
        "first_name": _h("Nom du participant: Prénom", "Nom du participant : Prénom"),
        "last_name": _h("Nom du participant: Nom de famille", "Nom du participant : Nom de famille"),
        "email": _h("E-mail du participant", "Adresse mail du participant", "E-Mail"),
        "organisation": _h("Entreprise du participant", "Entreprise", "Société"),
        "category": _h("Produit"),
        "status": _h("Statut"),
        "ticket_code": _h("Secret du billet", "Secret"),
    },
)
PRETIX_POSITIONS_FR_2020 = Source(
    "pretix (order positions, French)",
    _h("Code de commande", "Position ID", "Produit", "Nom du participant"),
    PRETIX_POSITIONS_FR.fields,
)
PRETIX_CHECKIN_EN = Source(
    "pretix (check-in list)",
    _h("Order code", "Attendee name", "Product", "Checked in"),
    {
        "external_id": _h("Order code"),
        "position": _h("Position ID"),
        "full_name": _h("Attendee name"),
        "first_name": _h("Attendee name: Given name"),
        "last_name": _h("Attendee name: Family name"),
        "email": _h("Attendee email", "E-mail", "Email"),
        "organisation": _h("Attendee company", "Company"),
        "category": _h("Product"),
        "paid": _h("Paid"),
        "ticket_code": _h("Secret"),
    },
)
# "Enregistré" (Checked in) and "Payé" (Paid) are NOT verified: their msgids are first referenced
# outside the check-in exporter's section of the catalogue and were not found there ("Secret" is).
PRETIX_CHECKIN_FR = Source(
    "pretix (check-in list, French)",
    _h("Code de commande", "Nom du participant", "Produit", "Enregistré"),
    {
        "external_id": _h("Code de commande"),
        "position": _h("ID de la position", "Position ID"),
        "full_name": _h("Nom du participant"),
        "first_name": _h("Nom du participant: Prénom", "Nom du participant : Prénom"),
        "last_name": _h("Nom du participant: Nom de famille", "Nom du participant : Nom de famille"),
        "email": _h("E-mail du participant", "Adresse mail du participant", "E-Mail"),
        "organisation": _h("Entreprise du participant", "Entreprise", "Société"),
        "category": _h("Produit"),
        "paid": _h("Payé"),
        "ticket_code": _h("Secret"),
    },
)
HI_EVENTS = Source(
    "Hi.Events",
    _h("First Name", "Last Name", "Product Name", "Public ID", "Short ID"),
    {
        "external_id": _h("Public ID"),
        "first_name": _h("First Name"),
        "last_name": _h("Last Name"),
        "email": _h("Email"),
        "status": _h("Status"),
        "category": _h("Product Name"),
        "ticket_code": _h("Public ID"),
    },
)
INDICO = Source(
    "Indico",
    _h("ID", "Name", "Registration state"),
    {
        "external_id": _h("ID"),
        "full_name": _h("Name"),
        "first_name": _h("First Name"),
        "last_name": _h("Last Name"),
        "email": _h("Email Address", "Email"),
        "organisation": _h("Affiliation"),
        "role": _h("Position"),
        "status": _h("Registration state"),
    },
    pending_means="approval",  # Indico's "Pending" registrations await a manager's approval
)
EVENTBRITE = Source(
    "Eventbrite",
    _h("Order #", "Attendee #", "Ticket Type", "Attendee Status"),
    {
        "external_id": _h("Attendee #"),
        "first_name": _h("First Name"),
        "last_name": _h("Last Name"),
        "email": _h("Email"),
        "organisation": _h("Company"),
        "role": _h("Job Title"),
        "category": _h("Ticket Type"),
        "status": _h("Attendee Status"),
        "ticket_code": _h("Barcode #"),
    },
)
HELLOASSO = Source(
    "HelloAsso",
    _h("Nom participant", "Prénom participant", "Tarif"),
    {
        "external_id": _h("Numéro de billet", "Référence commande"),
        "last_name": _h("Nom participant"),
        "first_name": _h("Prénom participant"),
        "email": _h("Email participant", "Email", "Email payeur"),
        "organisation": _h("Raison sociale", "Structure", "Organisme"),
        "category": _h("Tarif", "Formule"),
        "status": _h("Statut de la commande", "Statut"),
        "ticket_code": _h("Code", "Numéro de billet"),
    },
)
WEEZEVENT = Source(
    "Weezevent",
    _h("Nom", "Prénom", "Code-barres", "Tarif"),
    {
        "external_id": _h("Code-barres", "ID participant"),
        "last_name": _h("Nom"),
        "first_name": _h("Prénom"),
        "email": _h("E-mail", "Email"),
        "organisation": _h("Société", "Organisation"),
        "role": _h("Fonction"),
        "category": _h("Tarif"),
        "status": _h("Statut"),
        "ticket_code": _h("Code-barres"),
    },
)
BILLETWEB = Source(
    "Billetweb",
    _h("Billet", "Commande", "Tarif", "Nom", "Prénom"),
    {
        "external_id": _h("Billet"),
        "last_name": _h("Nom"),
        "first_name": _h("Prénom"),
        "email": _h("Email", "E-mail"),
        "organisation": _h("Société", "Organisme"),
        "category": _h("Tarif"),
        "status": _h("Statut"),
        "paid": _h("Payé"),
        "ticket_code": _h("Code", "Billet"),
    },
)
# Tito: "Ticket First Name"/"Ticket Last Name" (the fifth and sixth columns) are the ticket holder and
# "Order First Name"/"Order Last Name" the buyer, says a Tito organiser who attached sample exports
# (rubyaustralia/ruby_au issue #56, 2017); an export laid out so need not carry "Ticket Full Name".
# "Order Reference" is no longer in the signature: no source read shows it.
_TITO_BUYER = _h("Order Name", "Order First Name", "Order Last Name", "Order Email", "Order Company Name")
TITO = Source(
    "Tito",
    _h("Ticket Reference", "Ticket Full Name"),
    {
        "external_id": _h("Ticket Reference"),
        "full_name": _h("Ticket Full Name"),
        "first_name": _h("Ticket First Name"),
        "last_name": _h("Ticket Last Name"),
        "email": _h("Ticket Email"),
        "organisation": _h("Ticket Company Name"),
        "role": _h("Ticket Job Title"),
        "category": _h("Ticket"),
        "status": _h("Void Status"),
        "ticket_code": _h("Ticket Reference"),
    },
    ignore=_TITO_BUYER,
)
TITO_SPLIT_NAMES = Source(
    "Tito",
    _h("Ticket First Name", "Ticket Last Name", "Order First Name", "Order Last Name"),
    TITO.fields,
    ignore=_TITO_BUYER,
)
MS_FORMS_EN = Source(
    "Microsoft Forms",
    _h("ID", "Start time", "Completion time", "Email", "Name"),
    {
        "first_name": _h("First name", "Given name"),
        "last_name": _h("Last name", "Surname", "Family name"),
        "full_name": _h("Full name", "Your name"),
        "email": _h("Email address", "Your email"),
        "organisation": _h("Organisation", "Organization", "Company", "Institution"),
        "role": _h("Job title", "Role", "Position"),
        "category": _h("Category", "Delegation"),
    },
    fallback={"full_name": _h("Name"), "email": _h("Email")},
    ignore=_h("ID"),
)
MS_FORMS_FR = Source(
    "Microsoft Forms (French)",
    _h("ID", "Heure de début", "Heure de fin", "Adresse de messagerie", "Nom"),
    {
        "first_name": _h("Prénom"),
        "last_name": _h("Nom de famille"),
        "full_name": _h("Nom complet", "Nom et prénom", "Votre nom"),
        "email": _h("Adresse e-mail", "Adresse électronique", "Courriel", "Votre adresse e-mail"),
        "organisation": _h("Organisme", "Organisation", "Institution", "Structure", "Entreprise"),
        "role": _h("Fonction", "Poste"),
        "category": _h("Catégorie", "Délégation"),
    },
    fallback={"full_name": _h("Nom"), "email": _h("Adresse de messagerie")},
    ignore=_h("ID"),
)
GOOGLE_FORMS = Source(
    "Google Forms",
    _h("Horodateur"),
    {},
)
GOOGLE_FORMS_EN = Source("Google Forms", _h("Timestamp", "Email Address"), {})
THIS_APP = Source(
    "checkin (this app's attendees.csv)",
    _h("attendee_id", "external_id", "first_name", "last_name", "name", "status", "source", "entrance"),
    {
        "own_id": _h("attendee_id"),
        "external_id": _h("external_id"),
        "first_name": _h("first_name"),
        "last_name": _h("last_name"),
        "full_name": _h("name"),
        "organisation": _h("organisation"),
        "category": _h("category"),
        "role": _h("role"),
        "email": _h("email"),
        "status": _h("status"),
    },
)

# Most specific first: a pretix positions export also carries the check-in list's headers.
SOURCES: tuple[Source, ...] = (
    THIS_APP, PRETIX_POSITIONS_EN, PRETIX_POSITIONS_FR, PRETIX_POSITIONS_FR_2020, PRETIX_CHECKIN_EN,
    PRETIX_CHECKIN_FR, HI_EVENTS, INDICO, EVENTBRITE, HELLOASSO, TITO, TITO_SPLIT_NAMES, WEEZEVENT, BILLETWEB,
    MS_FORMS_EN, MS_FORMS_FR, GOOGLE_FORMS, GOOGLE_FORMS_EN,
)


def identify(cells: list[str]) -> Source | None:
    """The known tool whose signature headers are all in this row, or None."""
    folded = {normalise_header(c) for c in cells}
    return next((s for s in SOURCES if set(s.signature) <= folded), None)


def source_mapping(source: Source, cells: list[str], generic: dict[str, int]) -> dict[str, int]:
    """Field -> column for a recognised source: its own meanings first, then the generic guess."""
    folded = [normalise_header(c) for c in cells]
    mapping: dict[str, int] = {}
    taken: set[int] = set()

    def take(fields: dict[str, tuple[str, ...]]) -> None:
        for name, headers in fields.items():
            if name in mapping:
                continue
            free = (lambda i: True) if name in SHARED_FIELDS else (lambda i: i not in taken)
            for header in headers:
                index = next((i for i, f in enumerate(folded) if f == header and free(i)), None)
                if index is not None:
                    mapping[name] = index
                    taken.add(index)
                    break

    reserved = _fallback_columns(source, folded) | {i for i, f in enumerate(folded) if f in source.ignore}
    taken |= reserved
    take(source.fields)
    if not any(f in mapping for f in ("full_name", "first_name", "last_name")):
        taken -= reserved
        take(source.fallback)
    elif "email" not in mapping:
        taken -= reserved
        take({"email": source.fallback.get("email", ())})
    for name, index in generic.items():  # the rest (a "Fonction" question...) as usual
        if name not in mapping and index not in taken and index not in reserved:
            mapping[name] = index
            taken.add(index)
    return mapping


def _fallback_columns(source: Source, folded: list[str]) -> set[int]:
    """The first column of each fallback header: the form's own metadata, not a question."""
    out = set()
    for headers in source.fallback.values():
        for header in headers:
            if header in folded:
                out.add(folded.index(header))
    return out
