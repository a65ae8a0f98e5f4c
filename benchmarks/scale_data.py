"""Data for benchmarks/scale.py: a congress registration file and a three-day check-in history.

Names in French, Arabic and English script (so search keys fold accents and Arabic
letters), categories, organisations; check-ins at the entrance over three days and
in six sessions, from fourteen stations, by camera, scanner and hand, with exits.
"""

from __future__ import annotations

import csv
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

FIRST = ["Hélène", "Helena", "Henri", "Hervé", "Ahmed", "Aïcha", "Benoît", "Bernard", "Fatima", "Youssef",
         "Karim", "Nadia", "John", "Mary", "Omar", "Salma", "Khadija", "Mohamed", "Léa", "Chloé", "Amina",
         "Zoë", "François", "Jürgen", "João", "Siobhán",
         "أحمد", "محمد", "فاطمة", "خديجة", "يوسف", "سلمى", "إبراهيم", "عائشة", "حسن", "ليلى"]
LAST = ["Lefèvre", "Benali", "Bennani", "El Fassi", "Martin", "Dubois", "Smith", "Alaoui", "Tazi", "Haddad",
        "Benjelloun", "Chraibi", "Moreau", "Hélou", "Lambert", "Kettani", "Garcia", "Nguyen", "Idrissi",
        "O'Connor", "Núñez", "Müller", "Ben Ali",
        "العلوي", "بنعلي", "التازي", "الإدريسي", "بناني", "الفاسي", "حداد", "الشرايبي"]
ORGS = ["Ministère de l'Emploi", "ILO", "UMT", "CNDH", "OIM", "Le Matin", "وزارة الشغل", "Université Mohammed V",
        "Banque mondiale", "CGEM", "Fondation Orient-Occident", "Ambassade de France", "ANAPEC", "UGTM"]
CATEGORIES = ["Participant", "Gouvernement", "Expert", "Presse", "Syndicat", "Société civile", "Intervenant"]
ROLES = ["Chargé de mission", "Directeur", "Journaliste", "Conseiller", "Chercheuse", ""]
HEADER = ["N° participant", "Prénom", "Nom", "Adresse e-mail", "Organisme", "Fonction", "Catégorie"]
DESKS = [f"Accueil {i}" for i in range(1, 9)]
ROOMS = [f"Salle {r}" for r in "ABCDEF"]
STATIONS = DESKS + ROOMS  # fourteen
DAYS = [datetime(2027, 3, 17, 7, 30, tzinfo=UTC) + timedelta(days=d) for d in range(3)]


def write_registrations(path: Path, people: int, seed: int = 7) -> None:
    """A UTF-8 (BOM), semicolon registration file as French Excel saves it, ``people`` rows."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(HEADER)
        for i in range(people):
            out.writerow([f"P{i:06d}", rng.choice(FIRST), rng.choice(LAST), f"p{i}@example.org",
                          rng.choice(ORGS), rng.choice(ROLES), rng.choice(CATEGORIES)])


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def checkin_history(people: list[tuple[int, str, str]], sessions: list[int], total: int, seed: int = 11):
    """About ``total`` check-in dicts: (id, uid, code) people, entrance and session movements.

    Each person-day: an arrival at a desk (and sometimes an exit and a return), then
    movements in and out of sessions, until ``total`` rows have been yielded.
    """
    rng = random.Random(seed)
    made = 0
    while True:
        for day in DAYS:
            for attendee_id, uid, code in people:
                if made >= total:
                    return
                t = day + timedelta(seconds=rng.randrange(4 * 3600))
                method = rng.choice(("camera", "camera", "scanner", "manual"))
                base = dict(attendee_id=attendee_id, attendee_uid=uid, code=None if method == "manual" else code)
                yield dict(base, session_id=None, direction="in", at=_stamp(t), station=rng.choice(DESKS),
                           method=method)
                made += 1
                for _ in range(rng.choice((1, 1, 2))):
                    session = rng.choice(sessions)
                    room = ROOMS[sessions.index(session) % len(ROOMS)]
                    t += timedelta(minutes=rng.randrange(5, 90))
                    yield dict(base, session_id=session, direction="in", at=_stamp(t), station=room,
                               method="camera", code=code)
                    made += 1
                    if rng.random() < 0.8:  # some leave without an exit scan
                        t += timedelta(minutes=rng.randrange(20, 120))
                        yield dict(base, session_id=session, direction="out", at=_stamp(t), station=room,
                                   method="camera", code=code)
                        made += 1
