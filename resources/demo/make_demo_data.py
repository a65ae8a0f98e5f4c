"""Write the demo event's registration list, sessions and round-table access list.

    python resources/demo/make_demo_data.py [--out DIR]

The demo is the ILO seminar "Migration et marché de l'emploi" (Rabat, 17 March
2027). Every person is fictional: names are drawn at random (fixed seed, so the
output is identical on every run) from pools of French, Moroccan (Latin and
Arabic script), English, Spanish, Portuguese, German and West African names.
Organisations are real institutions of the field, e-mail addresses live under
the reserved ``example.org`` / ``example.com`` / ``example.net`` domains
(RFC 2606), so no real person's name or address is used on purpose.

The file is written as Eventbrite exports it (UTF-8, comma, "Attendee #",
"Ticket Type"...), so the demo also exercises the ordinary import path.
Standard library only; run it again after changing the pools and commit both
the script and the CSV files.
"""

from __future__ import annotations

import argparse
import csv
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

SEED = 20270317
HERE = Path(__file__).resolve().parent

ATTENDEE_HEADER = ["Attendee #", "First Name", "Last Name", "Email", "Company", "Job Title", "Ticket Type"]
SESSION_HEADER = ["title", "room", "start", "end", "capacity", "restricted"]
ACCESS_HEADER = ["Attendee #", "First Name", "Last Name", "Email"]

ROUND_TABLE = "Table ronde ministérielle (huis clos)"
DAY = "2027-03-17"

# title, room, start, end, capacity, restricted
SESSIONS = [
    ("Séance d'ouverture", "Salle plénière", "09:00", "09:45", 250, False),
    ("Cadre institutionnel et flux migratoires", "Salle plénière", "10:00", "11:15", 250, False),
    ("Intégration des migrants dans le marché du travail : expériences internationales et cas du Maroc",
     "Salle plénière", "11:30", "12:45", 250, False),
    ("Articulation des politiques nationales de la migration et de l'emploi", "Salle Al Andalous",
     "14:00", "15:15", 150, False),
    (ROUND_TABLE, "Salle des ambassadeurs", "15:30", "16:30", 30, True),
    ("Clôture et recommandations", "Salle plénière", "16:45", "17:30", 250, False),
]


@dataclass
class Person:
    first: str
    last: str
    organisation: str
    title: str
    category: str
    domain: str  # e-mail domain label, under a reserved domain
    email_first: str = ""  # Latin spelling for the e-mail of a name written in Arabic script
    email_last: str = ""
    round_table: bool = False


# --- people whose exact names the demo and its tests rely on -------------------------------------

MINISTERS = [
    Person("Omar", "Filali", "Ministère de l'Inclusion économique, de la Petite entreprise, de l'Emploi et des "
           "Compétences", "Ministre", "Ministre", "emploi.example.org", round_table=True),
    Person("Nabil", "El Kettani", "Ministère des Affaires étrangères, de la Coopération africaine et des "
           "Marocains résidant à l'étranger", "Ministre délégué chargé des Marocains résidant à l'étranger",
           "Ministre", "diplomatie.example.org", round_table=True),
    Person("سعاد", "الحجوي", "وزارة التضامن والإدماج الاجتماعي والأسرة", "وزيرة التضامن والإدماج الاجتماعي والأسرة",
           "Ministre", "social.example.org", "souad", "elhajoui", round_table=True),
    Person("Aïssatou", "Sow", "Ministère du Travail, du Dialogue social et des Relations avec les Institutions "
           "(Sénégal)", "Ministre", "Ministre", "travail-sn.example.org", round_table=True),
    Person("Javier", "Peña Morales", "Ministerio de Inclusión, Seguridad Social y Migraciones (Espagne)",
           "Secrétaire d'État aux Migrations", "Ministre", "inclusion-es.example.org", round_table=True),
]

AMBASSADORS = [
    Person("Lucía", "Núñez Ibáñez", "Ambassade d'Espagne", "Ambassadrice", "Ambassadeur", "embajada-es.example.org",
           round_table=True),
    Person("François", "Duchêne", "Ambassade de France", "Ambassadeur", "Ambassadeur", "ambafrance.example.org",
           round_table=True),
    Person("Maria Cristina", "Dela Cruz", "Embassy of the Philippines", "Ambassador", "Ambassadeur",
           "philembassy.example.org", round_table=True),
    Person("Mamadou Lamine", "Diop", "Ambassade du Sénégal", "Ambassadeur", "Ambassadeur",
           "ambasenegal.example.org", round_table=True),
    Person("Yao Koffi", "Kouadio", "Ambassade de Côte d'Ivoire", "Ambassadeur", "Ambassadeur",
           "ambaci.example.org", round_table=True),
    Person("Katharina", "Schäfer", "Ambassade de la République fédérale d'Allemagne", "Ambassadrice",
           "Ambassadeur", "diplo-de.example.org", round_table=True),
    Person("Luís", "Conceição", "Ambassade du Portugal", "Ambassadeur", "Ambassadeur", "embaixada-pt.example.org",
           round_table=True),
    Person("James", "Fitzgerald", "British Embassy Rabat", "Ambassador", "Ambassadeur", "fcdo.example.org",
           round_table=True),
    Person("Chiamaka", "Okafor", "Embassy of the Federal Republic of Nigeria", "Ambassador", "Ambassadeur",
           "nigeriaembassy.example.org", round_table=True),
    Person("Pieter", "Van den Broeck", "Ambassade de Belgique", "Ambassadeur", "Ambassadeur",
           "diplomatie-be.example.org", round_table=True),
    Person("Nathalie", "Rousseau", "Délégation de l'Union européenne au Maroc", "Ambassadrice, cheffe de délégation",
           "Ambassadeur", "eeas.example.org", round_table=True),
    Person("Moussa", "Traoré", "Ambassade du Mali", "Chargé d'affaires a.i.", "Ambassadeur",
           "ambamali.example.org", round_table=True),
]

FEATURED = [
    Person("Hélène", "Lefèvre", "Ministère de l'Emploi", "Directrice de la coopération internationale",
           "Institution publique", "emploi.example.org", round_table=True),
    Person("أحمد", "بنعلي", "وزارة الإدماج الاقتصادي والمقاولة الصغرى والتشغيل والكفاءات", "مدير التشغيل",
           "Institution publique", "emploi.example.org", "ahmed", "benali", round_table=True),
    Person("Youssef", "El Amrani", "Agence nationale de promotion de l'emploi et des compétences (ANAPEC)",
           "Directeur général", "Institution publique", "anapec.example.org", round_table=True),
    Person("Fatima-Zahra", "Benjelloun", "Conseil national des droits de l'Homme (CNDH)",
           "Présidente de la commission migrations", "Institution publique", "cndh.example.org", round_table=True),
    Person("Abdelkader", "Ouchen", "Union marocaine du travail (UMT)", "Secrétaire général adjoint", "Syndicat",
           "umt.example.org", round_table=True),
    Person("Sarah", "O'Brien", "International Labour Organization (ILO)", "Senior Labour Migration Specialist",
           "Expert", "ilo.example.org", round_table=True),
    Person("João", "Magalhães", "Organisation internationale pour les migrations (OIM)", "Chef de mission",
           "Expert", "iom.example.org", round_table=True),
    Person("Jürgen", "Müller", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)",
           "Directeur de programme", "Expert", "giz.example.org"),
    Person("Cécile", "Bérard", "OCDE – Direction de l'emploi, du travail et des affaires sociales",
           "Économiste principale", "Expert", "oecd.example.org"),
    Person("Gaëlle", "Thébault", "Enabel – Agence belge de développement", "Chargée de programme migration",
           "Expert", "enabel.example.org"),
    Person("Benoît", "Lacroix", "Caritas Maroc", "Coordinateur du programme migrants", "Société civile",
           "caritas.example.org"),
    Person("Zoé", "Marchand", "Agence France-Presse (AFP)", "Correspondante", "Presse", "afp.example.com"),
    Person("Noureddine", "Aït Lahcen", "Confédération démocratique du travail (CDT)", "Membre du bureau exécutif",
           "Syndicat", "cdt.example.org"),
]

# --- pools the other attendees are drawn from ------------------------------------------------------

# (name, gender); Arabic-script names carry their usual Latin spelling for the e-mail address.
FIRST = {
    "fr": [("Cécile", "f"), ("Gaëlle", "f"), ("Zoé", "f"), ("Élodie", "f"), ("Anaïs", "f"), ("Sophie", "f"),
           ("Camille", "f"), ("Claire", "f"), ("Isabelle", "f"), ("Amélie", "f"), ("Nathalie", "f"),
           ("Léa", "f"), ("Maëlle", "f"), ("Agnès", "f"), ("Béatrice", "f"), ("Valérie", "f"), ("Céline", "f"),
           ("Françoise", "f"), ("Véronique", "f"), ("Chloé", "f"), ("Noémie", "f"), ("François", "m"),
           ("Benoît", "m"), ("Jérôme", "m"), ("Sébastien", "m"), ("Thierry", "m"), ("Olivier", "m"),
           ("Stéphane", "m"), ("Frédéric", "m"), ("Rémi", "m"), ("Loïc", "m"), ("Hervé", "m"), ("Julien", "m"),
           ("Étienne", "m"), ("Grégoire", "m"), ("Raphaël", "m"), ("Joël", "m"), ("André", "m")],
    "ma": [("Youssef", "m"), ("Mohammed", "m"), ("Karim", "m"), ("Hicham", "m"), ("Rachid", "m"),
           ("Saïd", "m"), ("Mehdi", "m"), ("Omar", "m"), ("Anas", "m"), ("Hamza", "m"), ("Driss", "m"),
           ("Abdellah", "m"), ("Mustapha", "m"), ("Adil", "m"), ("Khalid", "m"), ("Tarik", "m"),
           ("Fatima-Zahra", "f"), ("Khadija", "f"), ("Salma", "f"), ("Nadia", "f"), ("Meryem", "f"),
           ("Imane", "f"), ("Houda", "f"), ("Latifa", "f"), ("Samira", "f"), ("Zineb", "f"), ("Asmae", "f"),
           ("Hajar", "f"), ("Loubna", "f"), ("Siham", "f"), ("Ghita", "f"), ("Kenza", "f")],
    "ar": [(("أحمد", "ahmed"), "m"), (("محمد", "mohammed"), "m"), (("يوسف", "youssef"), "m"),
           (("عبد الله", "abdellah"), "m"), (("خالد", "khalid"), "m"), (("رشيد", "rachid"), "m"),
           (("حسن", "hassan"), "m"), (("عمر", "omar"), "m"), (("إدريس", "driss"), "m"),
           (("مصطفى", "mustapha"), "m"), (("نور الدين", "noureddine"), "m"), (("سعيد", "said"), "m"),
           (("هشام", "hicham"), "m"), (("فاطمة الزهراء", "fatimazahra"), "f"), (("خديجة", "khadija"), "f"),
           (("سلمى", "salma"), "f"), (("مريم", "meryem"), "f"), (("نادية", "nadia"), "f"),
           (("إيمان", "imane"), "f"), (("زينب", "zineb"), "f"), (("سعاد", "souad"), "f"),
           (("لطيفة", "latifa"), "f"), (("حنان", "hanane"), "f"), (("أسماء", "asmae"), "f"),
           (("نعيمة", "naima"), "f")],
    "en": [("James", "m"), ("Michael", "m"), ("David", "m"), ("Thomas", "m"), ("Daniel", "m"), ("Patrick", "m"),
           ("Andrew", "m"), ("Peter", "m"), ("Emily", "f"), ("Olivia", "f"), ("Rachel", "f"), ("Hannah", "f"),
           ("Laura", "f"), ("Grace", "f"), ("Emma", "f"), ("Kate", "f")],
    "es": [("José Luis", "m"), ("Javier", "m"), ("Sergio", "m"), ("Íñigo", "m"), ("María", "f"), ("Ana", "f"),
           ("Lucía", "f"), ("Nuria", "f"), ("Begoña", "f")],
    "pt": [("João", "m"), ("Luís", "m"), ("Sebastião", "m"), ("António", "m"), ("Inês", "f"),
           ("Conceição", "f"), ("Margarida", "f")],
    "de": [("Jürgen", "m"), ("Jörg", "m"), ("Günther", "m"), ("Björn", "m"), ("Katharina", "f"),
           ("Ulrike", "f"), ("Anke", "f"), ("Sabine", "f")],
    "af": [("Mamadou", "m"), ("Ousmane", "m"), ("Ibrahima", "m"), ("Moussa", "m"), ("Kwame", "m"),
           ("Emmanuel", "m"), ("Aïssatou", "f"), ("Awa", "f"), ("Fatou", "f"), ("Mariam", "f"), ("Grâce", "f"),
           ("Adjoa", "f")],
}

LAST = {
    "fr": ["Dupont", "Moreau", "Mercier", "Girard", "Fontaine", "Chevalier", "Lemaître", "Gauthier", "Garnier",
           "Faure", "Boucher", "Perrin", "Morel", "Noël", "Ménard", "Lévêque", "Bonnaire", "Rivière",
           "Dubois", "Laurent", "Brémond", "Delorme", "Guérin", "Lefort", "Poirier"],
    "ma": ["Bennani", "Tazi", "El Idrissi", "Alaoui", "Berrada", "Chraibi", "El Fassi", "Lahlou", "Ouazzani",
           "Benkirane", "Sqalli", "Filali", "Amrani", "El Khattabi", "Belhaj", "Aït Ouahmane", "Bouzidi",
           "Naciri", "Zniber", "Kettani", "El Mansouri", "Hajji", "Boukhari", "Essaidi", "Benmoussa"],
    "ar": [("العمراني", "elamrani"), ("بنجلون", "benjelloun"), ("التازي", "tazi"), ("الإدريسي", "idrissi"),
           ("العلوي", "alaoui"), ("برادة", "berrada"), ("الشرايبي", "chraibi"), ("الفاسي", "elfassi"),
           ("لحلو", "lahlou"), ("الوزاني", "ouazzani"), ("الخطابي", "khattabi"), ("بلحاج", "belhaj"),
           ("الناصري", "naciri"), ("الكتاني", "kettani"), ("المنصوري", "mansouri"), ("البخاري", "boukhari"),
           ("الزياني", "ziani"), ("بوزيدي", "bouzidi"), ("الصقلي", "sqalli"), ("أيت أوعمو", "aitouammou"),
           ("بنموسى", "benmoussa"), ("الراشدي", "rachidi")],
    "en": ["Thompson", "Walsh", "Campbell", "Reid", "Hughes", "Bennett", "Clarke", "Murphy", "Harris",
           "Patel", "O'Connor", "McAllister", "Sutherland", "Nakamura"],
    "es": ["García", "Fernández", "Muñoz", "Ibáñez", "Peña", "Martínez", "Sánchez", "Castaño", "Ordóñez"],
    "pt": ["Gonçalves", "Magalhães", "Araújo", "Simões", "Brandão", "Assunção"],
    "de": ["Müller", "Schäfer", "Köhler", "Weiß", "Groß", "Hoffmann", "Brückner"],
    "af": ["Diallo", "Ndiaye", "Traoré", "Keïta", "Coulibaly", "Bâ", "Mensah", "Okonkwo", "Kaboré", "Touré",
           "Ouédraogo", "Nkurunziza"],
}

# Job titles as (masculine, feminine).
TITLES = {
    "Institution publique": {
        "fr": [("Directeur", "Directrice"), ("Chef de division", "Cheffe de division"),
               ("Chef de service", "Cheffe de service"), ("Chargé de mission", "Chargée de mission"),
               ("Chargé d'études", "Chargée d'études"), ("Conseiller", "Conseillère"),
               ("Secrétaire général", "Secrétaire générale"),
               ("Directeur de la migration", "Directrice de la migration"),
               ("Responsable de la coopération", "Responsable de la coopération")],
        "ar": [("مدير", "مديرة"), ("رئيس قسم", "رئيسة قسم"), ("رئيس مصلحة", "رئيسة مصلحة"),
               ("مكلف بمهمة", "مكلفة بمهمة"), ("مكلف بالدراسات", "مكلفة بالدراسات"), ("مستشار", "مستشارة"),
               ("الكاتب العام", "الكاتبة العامة")],
    },
    "Syndicat": {
        "fr": [("Secrétaire national", "Secrétaire nationale"),
               ("Membre du bureau exécutif", "Membre du bureau exécutif"),
               ("Chargé des travailleurs migrants", "Chargée des travailleuses et travailleurs migrants"),
               ("Conseiller juridique", "Conseillère juridique"),
               ("Secrétaire général régional", "Secrétaire générale régionale"),
               ("Vice-président de la commission emploi", "Vice-présidente de la commission emploi")],
        "ar": [("عضو المكتب الوطني", "عضوة المكتب الوطني"), ("الكاتب العام الجهوي", "الكاتبة العامة الجهوية"),
               ("مسؤول ملف العمال المهاجرين", "مسؤولة ملف العمال المهاجرين"), ("مستشار قانوني", "مستشارة قانونية")],
    },
    "Société civile": {
        "fr": [("Président", "Présidente"), ("Coordinateur de projets", "Coordinatrice de projets"),
               ("Chargé de plaidoyer", "Chargée de plaidoyer"), ("Juriste", "Juriste"),
               ("Directeur exécutif", "Directrice exécutive"),
               ("Responsable du programme migration", "Responsable du programme migration"),
               ("Travailleur social", "Travailleuse sociale"), ("Bénévole", "Bénévole")],
        "ar": [("رئيس الجمعية", "رئيسة الجمعية"), ("منسق المشاريع", "منسقة المشاريع"),
               ("مكلف بالترافع", "مكلفة بالترافع"), ("محامٍ", "محامية"), ("باحث", "باحثة")],
    },
    "Expert": {
        "fr": [("Spécialiste des migrations de main-d'œuvre", "Spécialiste des migrations de main-d'œuvre"),
               ("Professeur", "Professeure"), ("Chercheur", "Chercheuse"), ("Consultant", "Consultante"),
               ("Chef de projet", "Cheffe de projet"), ("Coordinateur régional", "Coordinatrice régionale"),
               ("Économiste", "Économiste")],
        "en": [("Labour Migration Specialist", "Labour Migration Specialist"),
               ("Senior Policy Advisor", "Senior Policy Advisor"), ("Research Fellow", "Research Fellow"),
               ("Programme Manager", "Programme Manager"), ("Professor", "Professor")],
        "ar": [("أستاذ التعليم العالي", "أستاذة التعليم العالي"), ("باحث في قضايا الهجرة", "باحثة في قضايا الهجرة")],
    },
    "Presse": {
        "fr": [("Journaliste", "Journaliste"), ("Rédacteur en chef", "Rédactrice en chef"),
               ("Reporter", "Reporter"), ("Photographe", "Photographe"), ("Correspondant", "Correspondante")],
        "en": [("Correspondent", "Correspondent"), ("Reporter", "Reporter"), ("Photographer", "Photographer")],
        "ar": [("صحفي", "صحفية"), ("مصور صحفي", "مصورة صحفية"), ("رئيس التحرير", "رئيسة التحرير")],
    },
}

# (organisation, e-mail domain) by category and pool: "ma" Moroccan bodies named in French (the
# default), "ar" the same named in Arabic, the others bodies of the attendee's own country or language.
ORGS = {
    "Institution publique": {
        "ma": [("Ministère de l'Inclusion économique, de la Petite entreprise, de l'Emploi et des Compétences",
                "emploi.example.org"),
               ("Agence nationale de promotion de l'emploi et des compétences (ANAPEC)", "anapec.example.org"),
               ("Conseil national des droits de l'Homme (CNDH)", "cndh.example.org"),
               ("Haut-Commissariat au Plan (HCP)", "hcp.example.org"),
               ("Conseil de la communauté marocaine à l'étranger (CCME)", "ccme.example.org"),
               ("Ministère de l'Intérieur – Direction de la migration et de la surveillance des frontières",
                "interieur.example.org"),
               ("Caisse nationale de sécurité sociale (CNSS)", "cnss.example.org"),
               ("Office de la formation professionnelle et de la promotion du travail (OFPPT)",
                "ofppt.example.org"),
               ("Conseil économique, social et environnemental (CESE)", "cese.example.org"),
               ("Délégation interministérielle aux droits de l'Homme (DIDH)", "didh.example.org"),
               ("Direction régionale de l'emploi – Rabat-Salé-Kénitra", "emploi.example.org")],
        "ar": [("وزارة الإدماج الاقتصادي والمقاولة الصغرى والتشغيل والكفاءات", "emploi.example.org"),
               ("الوكالة الوطنية لإنعاش التشغيل والكفاءات", "anapec.example.org"),
               ("المجلس الوطني لحقوق الإنسان", "cndh.example.org"),
               ("المندوبية السامية للتخطيط", "hcp.example.org"),
               ("مجلس الجالية المغربية بالخارج", "ccme.example.org"),
               ("وزارة الداخلية", "interieur.example.org"),
               ("الصندوق الوطني للضمان الاجتماعي", "cnss.example.org")],
        "fr": [("Office français de l'immigration et de l'intégration (OFII)", "ofii.example.org"),
               ("France Travail", "francetravail.example.org"),
               ("Agence française de développement (AFD)", "afd.example.org"),
               ("Ministère du Travail et de l'Emploi (France)", "travail-fr.example.org")],
        "af": [("Agence nationale pour la promotion de l'emploi des jeunes (Sénégal)", "anpej.example.org"),
               ("Agence Emploi Jeunes (Côte d'Ivoire)", "emploijeunes-ci.example.org")],
    },
    "Syndicat": {
        "ma": [("Union marocaine du travail (UMT)", "umt.example.org"),
               ("Confédération démocratique du travail (CDT)", "cdt.example.org"),
               ("Union générale des travailleurs du Maroc (UGTM)", "ugtm.example.org"),
               ("Confédération générale des entreprises du Maroc (CGEM)", "cgem.example.org")],
        "ar": [("الاتحاد المغربي للشغل", "umt.example.org"), ("الكونفدرالية الديمقراطية للشغل", "cdt.example.org"),
               ("الاتحاد العام للشغالين بالمغرب", "ugtm.example.org")],
        "fr": [("Confédération syndicale internationale (CSI)", "ituc.example.org"),
               ("Confédération générale du travail (CGT)", "cgt.example.org"),
               ("Confédération française démocratique du travail (CFDT)", "cfdt.example.org")],
        "es": [("Comisiones Obreras (CCOO)", "ccoo.example.org"),
               ("Unión General de Trabajadoras y Trabajadores (UGT)", "ugt-es.example.org")],
        "af": [("Confédération nationale des travailleurs du Sénégal (CNTS)", "cnts.example.org")],
    },
    "Société civile": {
        "ma": [("Caritas Maroc", "caritas.example.org"),
               ("Fondation Orient-Occident", "fondation-oo.example.org"),
               ("Association marocaine d'études et de recherches sur les migrations (AMERM)",
                "amerm.example.org"),
               ("Groupe antiraciste d'accompagnement et de défense des étrangers et migrants (GADEM)",
                "gadem.example.org"),
               ("Plateforme nationale protection migrants (PNPM)", "pnpm.example.org"),
               ("Collectif des travailleuses et travailleurs migrants au Maroc", "ctmm.example.org"),
               ("Association des femmes migrantes de Rabat", "afmr.example.org"),
               ("Conseil des migrants subsahariens au Maroc", "cmsm.example.org")],
        "ar": [("الجمعية المغربية للدراسات والأبحاث حول الهجرة", "amerm.example.org"),
               ("مؤسسة الشرق والغرب", "fondation-oo.example.org"),
               ("جمعية الأيادي المتضامنة", "mains-solidaires.example.org"),
               ("شبكة الجمعيات العاملة في مجال الهجرة", "reseau-migration.example.org")],
    },
    "Expert": {
        "ma": [("Université Mohammed V de Rabat", "um5.example.org"),
               ("Université Hassan II de Casablanca", "univh2c.example.org"),
               ("Organisation internationale du Travail (OIT)", "ilo.example.org"),
               ("Organisation internationale pour les migrations (OIM)", "iom.example.org"),
               ("Haut-Commissariat des Nations unies pour les réfugiés (HCR)", "unhcr.example.org")],
        "fr": [("Organisation internationale du Travail (OIT)", "ilo.example.org"),
               ("Organisation internationale pour les migrations (OIM)", "iom.example.org"),
               ("Université Paris 1 Panthéon-Sorbonne", "pantheon-sorbonne.example.org"),
               ("Centre international pour le développement des politiques migratoires (ICMPD)",
                "icmpd.example.org"),
               ("Enabel – Agence belge de développement", "enabel.example.org"),
               ("Banque mondiale", "worldbank.example.org")],
        "en": [("International Labour Organization (ILO)", "ilo.example.org"),
               ("International Organization for Migration (IOM)", "iom.example.org"),
               ("University of Oxford – Centre on Migration, Policy and Society", "ox.example.org"),
               ("Migration Policy Institute Europe", "mpi.example.org"),
               ("European Training Foundation (ETF)", "etf.example.org")],
        "es": [("Universidad Complutense de Madrid", "ucm.example.org"),
               ("Organisation internationale du Travail (OIT)", "ilo.example.org")],
        "pt": [("Universidade de Lisboa – Instituto de Ciências Sociais", "ics-ul.example.org"),
               ("Organisation internationale pour les migrations (OIM)", "iom.example.org")],
        "de": [("Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)", "giz.example.org"),
               ("Humboldt-Universität zu Berlin", "hu-berlin.example.org")],
        "af": [("Observatoire africain des migrations", "oam.example.org"),
               ("Organisation internationale du Travail (OIT)", "ilo.example.org")],
        "ar": [("جامعة محمد الخامس بالرباط", "um5.example.org"),
               ("جامعة الحسن الثاني بالدار البيضاء", "univh2c.example.org")],
    },
    "Presse": {
        "ma": [("Le Matin", "lematin.example.com"), ("Médias24", "medias24.example.com"),
               ("MAP – Agence marocaine de presse", "map.example.com"), ("Hespress FR", "hespress.example.com"),
               ("TelQuel", "telquel.example.com"), ("L'Économiste", "leconomiste.example.com"),
               ("2M", "2m.example.com"), ("Le360", "le360.example.com")],
        "fr": [("Agence France-Presse (AFP)", "afp.example.com"), ("Radio France Internationale (RFI)",
                "rfi.example.com"), ("TV5Monde", "tv5monde.example.com")],
        "en": [("Reuters", "reuters.example.com"), ("Morocco World News", "mwn.example.com")],
        "es": [("Agencia EFE", "efe.example.com")],
        "ar": [("هسبريس", "hespress.example.com"), ("وكالة المغرب العربي للأنباء", "map.example.com"),
               ("جريدة الصباح", "assabah.example.com"), ("القناة الأولى", "snrt.example.com")],
    },
}

# How many random attendees of each origin per category (on top of the fixed people above).
MIX = {
    "Institution publique": {"ma": 26, "ar": 14, "fr": 7, "af": 2},
    "Syndicat": {"ma": 8, "ar": 8, "fr": 2, "es": 2, "af": 1},
    "Société civile": {"ma": 19, "ar": 8, "fr": 10, "af": 10, "en": 2, "es": 1},
    "Expert": {"fr": 6, "en": 8, "ma": 5, "es": 3, "pt": 2, "de": 2, "af": 2, "ar": 2},
    "Presse": {"ma": 6, "ar": 5, "fr": 5, "en": 3, "es": 1},
}

TITLE_LANGUAGE = {"ar": "ar", "en": "en"}


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters, digits and hyphens, for e-mail addresses."""
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    out = "".join(ch if ch.isascii() and (ch.isalnum() or ch == "-") else "" for ch in folded.replace(" ", "-"))
    return out.strip("-")


def pick_org(rng: random.Random, category: str, origin: str) -> tuple[str, str]:
    pools = ORGS[category]
    return rng.choice(pools.get(origin, pools["ma"]))


def pick_title(rng: random.Random, category: str, origin: str, gender: str) -> str:
    pools = TITLES[category]
    masc, fem = rng.choice(pools.get(TITLE_LANGUAGE.get(origin, "fr"), pools["fr"]))
    return fem if gender == "f" else masc


def random_people(rng: random.Random, taken_names: set[str]) -> list[Person]:
    people = []
    for category, mix in MIX.items():
        for origin, count in mix.items():
            made = 0
            while made < count:
                first, gender = rng.choice(FIRST[origin])
                last = rng.choice(LAST[origin])
                email_first = email_last = ""
                if origin == "ar":
                    (first, email_first), (last, email_last) = first, last
                full = f"{first} {last}"
                if full in taken_names or first == last:
                    continue
                taken_names.add(full)
                organisation, domain = pick_org(rng, category, origin)
                title = pick_title(rng, category, origin, gender)
                people.append(Person(first, last, organisation, title, category, domain, email_first, email_last))
                made += 1
    return people


def email_for(rng: random.Random, person: Person, used: set[str], allow_personal: bool) -> str:
    first = ascii_slug(person.email_first or person.first)
    last = ascii_slug(person.email_last or person.last).replace("-", "")
    local = rng.choice([f"{first}.{last}", f"{first[:1]}.{last}", f"{first[:1]}{last}", f"{first}.{last}"])
    domain = person.domain
    if rng.random() < 0.12 and allow_personal:  # some register with a personal address
        domain = rng.choice(["mail.example.com", "courriel.example.net", "webmail.example.net"])
    address, n = f"{local}@{domain}", 2
    while address in used:
        address, n = f"{local}{n}@{domain}", n + 1
    used.add(address)
    return address


def build(seed: int = SEED) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """The three tables (attendees, sessions, round-table access), header rows included."""
    rng = random.Random(seed)
    fixed = MINISTERS + AMBASSADORS + FEATURED
    taken = {f"{p.first} {p.last}" for p in fixed}
    people = fixed + random_people(rng, taken)
    rng.shuffle(people)  # registration order: ministers do not register first

    used_emails: set[str] = set()
    number = 3051874000
    attendees = [ATTENDEE_HEADER]
    access = [ACCESS_HEADER]
    for person in people:
        number += rng.randint(1, 37)
        email = email_for(rng, person, used_emails, allow_personal=person not in fixed)
        row = [str(number), person.first, person.last, email, person.organisation, person.title, person.category]
        attendees.append(row)
        if person.round_table:
            access.append([str(number), person.first, person.last, email])

    sessions = [SESSION_HEADER] + [
        [title, room, f"{DAY} {start}", f"{DAY} {end}", str(capacity), "yes" if restricted else "no"]
        for title, room, start, end, capacity, restricted in SESSIONS
    ]
    return attendees, sessions, access


def write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the demo event's CSV files (deterministic).")
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into (default: next to this script)")
    args = parser.parse_args(argv)
    attendees, sessions, access = build()
    args.out.mkdir(parents=True, exist_ok=True)
    write_csv(args.out / "attendees.csv", attendees)
    write_csv(args.out / "sessions.csv", sessions)
    write_csv(args.out / "round_table_access.csv", access)
    print(f"{len(attendees) - 1} attendees, {len(sessions) - 1} sessions, "
          f"{len(access) - 1} on the round-table list -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
