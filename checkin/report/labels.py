"""The words of the report and the certificates in English, French and Arabic.

The documents are written in the event's language, which need not be the
language of the window that prints them (a French organiser may print Arabic
certificates), so these texts live here, not in the Qt translations.
"""

from __future__ import annotations

import datetime as dt

from checkin.badges import format_event_date

LANGUAGES = ("en", "fr", "ar")

_TEXTS: dict[str, dict[str, str]] = {
    "report_title": {"en": "Attendance report", "fr": "Rapport de participation", "ar": "تقرير الحضور"},
    "generated": {"en": "Figures as of {when}, from every station merged so far.",
                  "fr": "Chiffres au {when}, d'après toutes les stations fusionnées à ce jour.",
                  "ar": "الأرقام بتاريخ {when}، من جميع المحطات المدمجة حتى الآن."},
    "organised_by": {"en": "Organised by {name}", "fr": "Organisé par {name}", "ar": "تنظيم: {name}"},
    "summary": {"en": "In short", "fr": "En bref", "ar": "باختصار"},
    "registered": {"en": "Registered", "fr": "Inscrits", "ar": "المسجلون"},
    "arrived": {"en": "Arrived", "fr": "Arrivés", "ar": "الحاضرون"},
    "no_shows": {"en": "No-shows", "fr": "Absents", "ar": "الغائبون"},
    "cancelled": {"en": "Cancelled", "fr": "Annulés", "ar": "الملغاة"},
    "present": {"en": "Still present", "fr": "Encore présents", "ar": "لا يزالون حاضرين"},
    "rate": {"en": "Turnout", "fr": "Taux de présence", "ar": "نسبة الحضور"},
    "by_category": {"en": "By category", "fr": "Par catégorie", "ar": "حسب الفئة"},
    "category": {"en": "Category", "fr": "Catégorie", "ar": "الفئة"},
    "no_category": {"en": "(no category)", "fr": "(sans catégorie)", "ar": "(بدون فئة)"},
    "arrivals_title": {"en": "Arrivals per quarter hour, {day}", "fr": "Arrivées par quart d'heure, {day}",
                       "ar": "الوصول كل ربع ساعة، {day}"},
    "arrivals_plain": {"en": "Arrivals per quarter hour", "fr": "Arrivées par quart d'heure",
                       "ar": "الوصول كل ربع ساعة"},
    "no_arrivals": {"en": "Nobody has arrived yet.", "fr": "Personne n'est encore arrivé.",
                    "ar": "لم يصل أحد بعد."},
    "sessions": {"en": "Sessions", "fr": "Sessions", "ar": "الجلسات"},
    "session": {"en": "Session", "fr": "Session", "ar": "الجلسة"},
    "start": {"en": "Start", "fr": "Début", "ar": "البداية"},
    "attended": {"en": "Attended", "fr": "Présents", "ar": "الحضور"},
    "allowed": {"en": "On the list", "fr": "Sur la liste", "ar": "في القائمة"},
    "capacity": {"en": "Capacity", "fr": "Capacité", "ar": "السعة"},
    "stay": {"en": "Median stay", "fr": "Durée médiane", "ar": "المدة الوسيطة"},
    "minutes": {"en": "{n} min", "fr": "{n} min", "ar": "{n} د"},
    "no_exit_scans": {"en": "Stays are measured from exit scans; sessions without them show —.",
                      "fr": "Les durées viennent des scans de sortie ; sans eux, la case montre —.",
                      "ar": "تُحسب المدة من مسح الخروج؛ الجلسات التي لا مسح خروج فيها تظهر —."},
    "sessions_chart": {"en": "Attendance against capacity", "fr": "Présence par rapport à la capacité",
                       "ar": "الحضور مقارنة بالسعة"},
    "no_sessions": {"en": "No sessions were defined.", "fr": "Aucune session n'a été définie.",
                    "ar": "لم تُحدَّد أي جلسة."},
    "organisations": {"en": "Organisations represented", "fr": "Organisations représentées",
                      "ar": "المؤسسات الممثلة"},
    "organisation": {"en": "Organisation", "fr": "Organisation", "ar": "المؤسسة"},
    "organisations_count": {"en": "{n} organisations had at least one person present.",
                            "fr": "{n} organisations ont eu au moins une personne présente.",
                            "ar": "عدد المؤسسات التي حضر منها شخص واحد على الأقل: {n}."},
    "no_organisation": {"en": "(no organisation)", "fr": "(sans organisation)", "ar": "(بدون مؤسسة)"},
    "other_organisations": {"en": "All other organisations", "fr": "Toutes les autres organisations",
                            "ar": "جميع المؤسسات الأخرى"},
    "stations": {"en": "Stations", "fr": "Postes de contrôle", "ar": "محطات التسجيل"},
    "station": {"en": "Station", "fr": "Poste", "ar": "المحطة"},
    "checkins": {"en": "Check-ins", "fr": "Passages", "ar": "عمليات التسجيل"},
    "peak": {"en": "Peak per minute", "fr": "Pointe par minute", "ar": "الذروة في الدقيقة"},
    "busiest": {"en": "Busiest quarter hour", "fr": "Quart d'heure le plus chargé",
                "ar": "أكثر ربع ساعة ازدحاما"},
    "no_stations": {"en": "No check-in was recorded.", "fr": "Aucun passage n'a été enregistré.",
                    "ar": "لم يُسجَّل أي دخول."},
    "conflicts": {"en": "Conflicts found when merging", "fr": "Conflits relevés à la fusion",
                  "ar": "التعارضات المكتشفة عند الدمج"},
    "no_conflicts": {"en": "No conflicts: the stations' records agree.",
                     "fr": "Aucun conflit : les relevés des postes concordent.",
                     "ar": "لا تعارض: سجلات المحطات متطابقة."},
    "conflicts_count": {"en": "{n} conflict(s) to review; each is a row of conflicts.csv.",
                        "fr": "{n} conflit(s) à examiner ; chacun est une ligne de conflicts.csv.",
                        "ar": "عدد التعارضات التي يجب مراجعتها: {n}؛ كل منها سطر في conflicts.csv."},
    "conflicts_more": {"en": "… and {n} more in conflicts.csv.", "fr": "… et {n} autres dans conflicts.csv.",
                       "ar": "… و{n} أخرى في conflicts.csv."},
    "kind": {"en": "Conflict", "fr": "Conflit", "ar": "التعارض"},
    "person": {"en": "Person", "fr": "Personne", "ar": "الشخص"},
    "first": {"en": "First", "fr": "D'abord", "ar": "أولا"},
    "then": {"en": "Then", "fr": "Puis", "ar": "ثم"},
    "double_admission": {"en": "Admitted twice", "fr": "Admis deux fois", "ar": "دخول مكرر"},
    "checkin_after_undo": {"en": "Admitted after an undo", "fr": "Admis après une annulation",
                           "ar": "دخول بعد إلغاء"},
    "clock_skew": {"en": "Clock off", "fr": "Horloge décalée", "ar": "ساعة غير مضبوطة"},
    "duplicate_walkin": {"en": "Walk-in registered twice", "fr": "Inscrit sur place deux fois",
                         "ar": "تسجيل حضوري مكرر"},
    "badge_id_clash": {"en": "Same badge code twice", "fr": "Même code de badge deux fois",
                       "ar": "رمز شارة مكرر"},
    "page": {"en": "Page {n} of {total}", "fr": "Page {n} sur {total}", "ar": "صفحة {n} من {total}"},
    "total": {"en": "Total", "fr": "Total", "ar": "المجموع"},
    # certificates
    "certificate_title": {"en": "Certificate of attendance", "fr": "Attestation de participation",
                          "ar": "شهادة حضور"},
    "certify": {"en": "This is to certify that", "fr": "Nous attestons que", "ar": "نشهد بأن"},
    "attended_event": {"en": "attended", "fr": "a participé à", "ar": "شارك في"},
    "on_date": {"en": "held on {date}", "fr": "tenu le {date}", "ar": "المنعقد بتاريخ {date}"},
    "at_venue": {"en": "at {venue}", "fr": "à {venue}", "ar": "في {venue}"},
    "sessions_attended": {"en": "Sessions attended", "fr": "Sessions suivies", "ar": "الجلسات التي حضرها"},
    "verify_with": {"en": "Verification code: {code}", "fr": "Code de vérification : {code}",
                    "ar": "رمز التحقق: {code}"},
    "verify_how": {"en": "Checked offline by the organiser with: checkin verify {code}",
                   "fr": "Vérifiable hors ligne par l'organisateur : checkin verify {code}",
                   "ar": "يتحقق منه المنظم دون اتصال: checkin verify {code}"},
    "signed": {"en": "For the organisers", "fr": "Pour les organisateurs", "ar": "عن المنظمين"},
}

_MONTHS_AR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
              "نوفمبر", "ديسمبر")


def text(key: str, lang: str, **values) -> str:
    """The text ``key`` in ``lang`` (English when the language is unknown), placeholders filled."""
    entry = _TEXTS[key]
    return entry.get(lang, entry["en"]).format(**values)


def long_date(day: str | None, lang: str) -> str:
    """``2027-03-17`` as "17 March 2027", "17 mars 2027" or "17 مارس 2027"."""
    if lang != "ar" or not day:
        return format_event_date(day, lang)
    try:
        d = dt.date.fromisoformat(day)
    except ValueError:
        return day
    return f"{d.day} {_MONTHS_AR[d.month - 1]} {d.year}"


def percent(part: int, whole: int) -> str:
    """"25 %" style share, "—" when there is nothing to divide by."""
    return f"{round(100 * part / whole)} %" if whole else "—"
