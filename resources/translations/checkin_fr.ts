<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Not on the list for this session</source>
        <translation>Pas sur la liste de cette session</translation>
    </message>
    <message>
        <source>The session is full</source>
        <translation>La session est complète</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>Inscription annulée</translation>
    </message>
    <message>
        <source>This badge was replaced or revoked</source>
        <translation>Ce badge a été remplacé ou révoqué</translation>
    </message>
    <message>
        <source>Badge of another event</source>
        <translation>Badge d&apos;un autre événement</translation>
    </message>
    <message>
        <source>Altered or forged badge</source>
        <translation>Badge modifié ou falsifié</translation>
    </message>
    <message>
        <source>Not a badge for this event</source>
        <translation>Pas un badge de cet événement</translation>
    </message>
    <message>
        <source>Badge format not supported</source>
        <translation>Format de badge non pris en charge</translation>
    </message>
    <message>
        <source>Not inside: no entry was recorded here, so there is no exit to record</source>
        <translation>Pas dans la salle : aucune entrée enregistrée ici, donc aucune sortie à enregistrer</translation>
    </message>
    <message>
        <source>Busy — wait</source>
        <translation>Occupé — patientez</translation>
    </message>
    <message>
        <source>Recording as soon as the file is free</source>
        <translation>Enregistrement dès que le fichier est libre</translation>
    </message>
    <message>
        <source>Another program is writing to the event file (an import or a merge).</source>
        <translation>Un autre programme écrit dans le fichier de l’événement (une importation ou une fusion).</translation>
    </message>
    <message>
        <source>Scans waiting: %1</source>
        <translation>Scans en attente : %1</translation>
    </message>
    <message>
        <source>Nothing is lost: each scan is recorded in order.</source>
        <translation>Rien n’est perdu : chaque scan est enregistré dans l’ordre.</translation>
    </message>
    <message>
        <source>Exit recorded</source>
        <translation>Sortie enregistrée</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Admitted by a supervisor</source>
        <translation>Admis par un superviseur</translation>
    </message>
    <message>
        <source>Badge accepted</source>
        <translation>Badge accepté</translation>
    </message>
    <message>
        <source>another station</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <source>Already checked in at {time} at {station}</source>
        <translation>Déjà enregistré à {time} au poste {station}</translation>
    </message>
    <message>
        <source>Already left at {time} at {station}</source>
        <translation>Déjà sorti à {time} au poste {station}</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Déjà enregistré</translation>
    </message>
    <message>
        <source>Already left</source>
        <translation>Déjà sorti</translation>
    </message>
    <message>
        <source>No exit recorded</source>
        <translation>Sortie non enregistrée</translation>
    </message>
    <message>
        <source>Not allowed in</source>
        <translation>Entrée non autorisée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Valid badge from another desk</source>
        <translation>Badge valide d&apos;un autre poste</translation>
    </message>
    <message>
        <source>Admitted. The name appears here once the stations have synced.</source>
        <translation>Admis. Le nom s&apos;affichera ici une fois les postes synchronisés.</translation>
    </message>
    <message>
        <source>Do not admit</source>
        <translation>Ne pas laisser entrer</translation>
    </message>
    <message>
        <source>Find the person by name to check them in.</source>
        <translation>Cherchez la personne par son nom pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Not a valid badge</source>
        <translation>Badge non valide</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>This person has no check-in to undo here.</source>
        <translation>Cette personne n’a pas d’enregistrement à annuler ici.</translation>
    </message>
    <message>
        <source>That check-in was already undone.</source>
        <translation>Cet enregistrement a déjà été annulé.</translation>
    </message>
    <message>
        <source>Undo the exit of {name} at {time}?</source>
        <translation>Annuler la sortie de {name} à {time} ?</translation>
    </message>
    <message>
        <source>Undo the entry of {name} at {time} in this session?</source>
        <translation>Annuler l&apos;entrée de {name} à {time} dans cette session ?</translation>
    </message>
    <message>
        <source>Undo the check-in of {name} at {time}?</source>
        <translation>Annuler l&apos;enregistrement de {name} à {time} ?</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Annuler l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Enregistrement annulé</translation>
    </message>
    <message>
        <source>The check-in of {time} no longer counts.</source>
        <translation>L&apos;enregistrement de {time} ne compte plus.</translation>
    </message>
    <message>
        <source>Check-in of {name} at {time} undone.</source>
        <translation>Enregistrement de {name} à {time} annulé.</translation>
    </message>
    <message>
        <source>Payment pending — see the organiser</source>
        <translation>Paiement en attente — voir l&apos;organisateur</translation>
    </message>
    <message>
        <source>Registration awaiting approval — see the organiser</source>
        <translation>Inscription en attente de validation — voir l&apos;organisateur</translation>
    </message>
    <message>
        <source>Too early: this session is not open yet</source>
        <translation>Trop tôt : la session n&apos;est pas encore ouverte</translation>
    </message>
    <message>
        <source>This session has ended</source>
        <translation>Cette session est terminée</translation>
    </message>
    <message>
        <source>No re-entry to this session after leaving</source>
        <translation>Pas de retour dans cette session après une sortie</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>Arrivals per quarter hour</source>
        <translation>Arrivées par quart d&apos;heure</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivées</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>Edit attendee</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name on badge</source>
        <translation>Nom sur le badge</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numéro d&apos;inscription</translation>
    </message>
    <message>
        <source>An attendee needs a name.</source>
        <translation>Un participant doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>AttendeeModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>The row count for the current filter and sort is known (after ``reload``). GUI thread. Loading the id list failed: one line for the user. GUI thread.</extracomment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation>Paiement en attente</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente de validation</translation>
    </message>
</context>
<context>
    <name>AttendeesPanel</name>
    <message>
        <source>Filter by name, organisation or email</source>
        <translation>Filtrer par nom, organisme ou e-mail</translation>
    </message>
    <message>
        <source>Filter attendees</source>
        <translation>Filtrer les participants</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Dernier passage</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Mark &amp;cancelled</source>
        <translation>Marquer &amp;annulé</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Select an attendee to see their sessions.</source>
        <translation>Sélectionnez un participant pour voir ses sessions.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>Sur la liste</translation>
    </message>
    <message>
        <source>Not on the list</source>
        <translation>Pas sur la liste</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Pas passé</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entré</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>Mark cancelled</source>
        <translation>Marquer annulé</translation>
    </message>
    <message>
        <source>Mark %1 as cancelled? Their badge will be refused at the desks.</source>
        <translation>Marquer %1 comme annulé ? Son badge sera refusé aux postes d&apos;accueil.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Con&amp;firm registration</source>
        <translation>Con&amp;firmer l&apos;inscription</translation>
    </message>
    <message>
        <source>Paid or approved: the desks admit this person from now on</source>
        <translation>Payée ou validée : les accueils admettent désormais cette personne</translation>
    </message>
    <message>
        <source>Payment pending — refused at the desks</source>
        <translation>Paiement en attente — refusé(e) aux accueils</translation>
    </message>
    <message>
        <source>Awaiting approval — refused at the desks</source>
        <translation>En attente de validation — refusé(e) aux accueils</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>Print badges</source>
        <translation>Imprimer des badges</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>&amp;Tout le monde</translation>
    </message>
    <message>
        <source>One &amp;category:</source>
        <translation>Une &amp;catégorie :</translation>
    </message>
    <message numerus="yes">
        <source>The %n attendee(s) selected in the attendee list</source>
        <translation>
            <numerusform>Le participant sélectionné dans la liste</numerusform>
            <numerusform>Les %n participants sélectionnés dans la liste</numerusform>
        </translation>
    </message>
    <message>
        <source>Also &amp;reprint badges that were printed before</source>
        <translation>&amp;Réimprimer aussi les badges déjà imprimés</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <source>&amp;Make PDF</source>
        <translation>&amp;Créer le PDF</translation>
    </message>
    <message>
        <source>Badge PDF</source>
        <translation>PDF des badges</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
</context>
<context>
    <name>CameraWorker</name>
    <message>
        <source>The camera sends no picture</source>
        <extracomment>What the worker reads: an iterator of (media time in seconds, BGR numpy frame). A downscaled preview and the outlines (lists of QPointF, preview coordinates) of codes in it. Fires on the worker thread (delivered queued to the GUI), at most ``PREVIEW_FPS`` per second. A new scan of a code (debounced: a held badge is one scan), with the frame&apos;s media time. Fires on the worker thread. The camera could not be opened or stopped delivering; one sentence. Worker thread. Frames are arriving (after start or after a recovered error). Worker thread. ``run()`` returned (stopped, or a finite source ended). Worker thread.</extracomment>
        <translation>La caméra n&apos;envoie aucune image</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>Certificates of attendance</source>
        <translation>Attestations de participation</translation>
    </message>
    <message>
        <source>none (arriving is enough)</source>
        <translation>aucune (être venu suffit)</translation>
    </message>
    <message>
        <source>Sessions attended at least</source>
        <translation>Sessions suivies, au moins</translation>
    </message>
    <message>
        <source>Nobody attended enough to get a certificate.</source>
        <translation>Personne n&apos;a assez participé pour recevoir une attestation.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), one page each, only for people who attended.</source>
        <translation>
            <numerusform>%n attestation, une page, seulement pour les personnes venues.</numerusform>
            <numerusform>%n attestations, une page chacune, seulement pour les personnes venues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Which column is which? — %1</source>
        <translation>Quelle colonne contient quoi ? — %1</translation>
    </message>
    <message>
        <source>The columns of this file were not recognised with confidence. Say what each holds; at least one must be a name. The choice is remembered for files with the same columns.</source>
        <translation>Les colonnes de ce fichier n&apos;ont pas été reconnues avec certitude. Indiquez ce que contient chacune ; l&apos;une au moins doit être un nom. Ce choix est retenu pour les fichiers ayant les mêmes colonnes.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>Choose the column that holds the name.</source>
        <translation>Choisissez la colonne qui contient le nom.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts between stations</source>
        <extracomment>The rows are on screen (carries their number). GUI thread.</extracomment>
        <translation>Conflits entre postes</translation>
    </message>
    <message>
        <source>Both check-ins of a double admission stay in the export; the person counts once. checkin export also writes these rows to conflicts.csv.</source>
        <translation>Les deux enregistrements d&apos;une double admission restent dans l&apos;export ; la personne n&apos;est comptée qu&apos;une fois. checkin export écrit aussi ces lignes dans conflicts.csv.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reading the merged records…</source>
        <translation>Lecture des enregistrements fusionnés…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in the records merged so far.</source>
        <translation>
            <numerusform>%n conflit dans les enregistrements fusionnés jusqu&apos;ici.</numerusform>
            <numerusform>%n conflits dans les enregistrements fusionnés jusqu&apos;ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts in the records merged so far.</source>
        <translation>Aucun conflit dans les enregistrements fusionnés jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Could not read the conflicts: %1</source>
        <translation>Impossible de lire les conflits : %1</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Station A</source>
        <translation>Poste A</translation>
    </message>
    <message>
        <source>Time A</source>
        <translation>Heure A</translation>
    </message>
    <message>
        <source>Station B</source>
        <translation>Poste B</translation>
    </message>
    <message>
        <source>Time B</source>
        <translation>Heure B</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Arrived out of expected</source>
        <extracomment>New figures are on screen (carries the ``DashboardFigures``). GUI thread.</extracomment>
        <translation>Arrivés sur attendus</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrivés</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admis</translation>
    </message>
    <message>
        <source>Per category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>Per session</source>
        <translation>Par session</translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>Impossible de lire les chiffres : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s) registered</source>
        <translation>
            <numerusform>%n participant inscrit sur place</numerusform>
            <numerusform>%n participants inscrits sur place</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Almost full</source>
        <translation>Presque complet</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <source>&amp;Save PDF</source>
        <translation>&amp;Enregistrer le PDF</translation>
    </message>
    <message>
        <source>Reading the event file…</source>
        <translation>Lecture du fichier de l&apos;événement…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export CSV files</source>
        <translation>Exporter les fichiers CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Comma (English Excel, LibreOffice)</source>
        <translation>Virgule (Excel anglais, LibreOffice)</translation>
    </message>
    <message>
        <source>Semicolon (French Excel)</source>
        <translation>Point-virgule (Excel français)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Let other users of this computer read the files</source>
        <translation>Permettre aux autres utilisateurs de cet ordinateur de lire les fichiers</translation>
    </message>
    <message>
        <source>The files hold names and e-mail addresses. Unticked, only you can read them; tick it to put them in a folder shared with colleagues.</source>
        <translation>Les fichiers contiennent des noms et des adresses e-mail. Non cochée, vous seul pouvez les lire ; cochez-la pour les mettre dans un dossier partagé avec vos collègues.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
</context>
<context>
    <name>FrontDeskPanel</name>
    <message>
        <source>Reprint badge</source>
        <extracomment>A decision was shown on this panel&apos;s card. GUI thread.</extracomment>
        <translation>Réimprimer le badge</translation>
    </message>
    <message>
        <source>Walk-in (F5)</source>
        <translation>Inscription sur place (F5)</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Annuler le dernier (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Save the badge as PDF…</source>
        <translation>Enregistrer le badge en PDF…</translation>
    </message>
    <message>
        <source>Find by name (F2)</source>
        <translation>Chercher par nom (F2)</translation>
    </message>
    <message>
        <source>Scan or find the person first, then reprint.</source>
        <translation>Scannez ou cherchez d&apos;abord la personne, puis réimprimez.</translation>
    </message>
    <message>
        <source>Badge of {name} saved as {file}.</source>
        <translation>Badge de {name} enregistré dans {file}.</translation>
    </message>
    <message>
        <source>The badge of {name} was already printed at {time} at {station}. Print again?</source>
        <translation>Le badge de {name} a déjà été imprimé à {time} au poste {station}. L&apos;imprimer à nouveau ?</translation>
    </message>
    <message>
        <source>The badge of {name} was NOT printed: {error}.</source>
        <translation>Le badge de {name} n’a PAS été imprimé : {error}.</translation>
    </message>
    <message>
        <source>Badge of {name} printed on {printer}.</source>
        <translation>Badge de {name} imprimé sur {printer}.</translation>
    </message>
    <message>
        <source>Badge of {name} printed.</source>
        <translation>Badge de {name} imprimé.</translation>
    </message>
    <message>
        <source>Save the badge as PDF</source>
        <translation>Enregistrer le badge en PDF</translation>
    </message>
    <message>
        <source>in since {time}</source>
        <translation>présent depuis {time}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Please try again</source>
        <translation>Veuillez réessayer</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>Badge imprimé</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Badge revoked</source>
        <translation>Badge révoqué</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Undo the selected check-in…</source>
        <translation>&amp;Annuler l’enregistrement sélectionné…</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Nothing recorded yet for this attendee.</source>
        <translation>Rien n&apos;est encore enregistré pour ce participant.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import preview — %1</source>
        <translation>Aperçu de l&apos;import — %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be skipped:</source>
        <translation>
            <numerusform>%n ligne sera ignorée :</numerusform>
            <numerusform>%n lignes seront ignorées :</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) to check</source>
        <translation>
            <numerusform>… et %n autre ligne à vérifier</numerusform>
            <numerusform>… et %n autres lignes à vérifier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>The PIN must be at least {n} digits.</source>
        <translation>Le code PIN doit comporter au moins {n} chiffres.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {s} seconds.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans {s} secondes.</translation>
    </message>
    <message>
        <source>Wrong PIN: kiosk mode stays on.</source>
        <translation>Code PIN erroné : le mode kiosque reste actif.</translation>
    </message>
    <message>
        <source>Kiosk mode needs an organiser PIN. Without one the app does not start.</source>
        <translation>Le mode kiosque a besoin d’un code organisateur. Sans code, l’application ne démarre pas.</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode kiosque</translation>
    </message>
    <message>
        <source>Organiser PIN:</source>
        <translation>Code PIN organisateur :</translation>
    </message>
    <message>
        <source>Set the organiser PIN</source>
        <translation>Définir le code PIN organisateur</translation>
    </message>
    <message>
        <source>Kiosk mode needs an organiser PIN to leave it.
Choose a PIN (at least {n} digits):</source>
        <translation>Le mode kiosque demande un code PIN organisateur pour en sortir.
Choisissez un code PIN (au moins {n} chiffres) :</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>Le même code PIN à nouveau :</translation>
    </message>
    <message>
        <source>The two PINs differ; kiosk mode was not switched on.</source>
        <translation>Les deux codes PIN diffèrent ; le mode kiosque n&apos;a pas été activé.</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Mode kiosque</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>checkin — {event}</source>
        <translation>checkin — {event}</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Session room</source>
        <translation>Salle de session</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Camera off (started with --no-camera). The USB scanner and name search work.</source>
        <translation>Caméra éteinte (démarrage avec --no-camera). Le lecteur USB et la recherche par nom fonctionnent.</translation>
    </message>
    <message>
        <source>Camera: off</source>
        <translation>Caméra : éteinte</translation>
    </message>
    <message>
        <source>Backup failed: {why}</source>
        <translation>Échec de la sauvegarde : {why}</translation>
    </message>
    <message>
        <source>Camera: starting…</source>
        <translation>Caméra : démarrage…</translation>
    </message>
    <message>
        <source>{problem}
Retrying by itself. The USB scanner and name search still work.</source>
        <translation>{problem}
Nouvel essai automatique. Le lecteur USB et la recherche par nom fonctionnent toujours.</translation>
    </message>
    <message>
        <source>Camera: not available</source>
        <translation>Caméra : indisponible</translation>
    </message>
    <message>
        <source>Camera: on</source>
        <translation>Caméra : active</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <source>&amp;Find by name</source>
        <translation>&amp;Chercher par nom</translation>
    </message>
    <message>
        <source>&amp;Walk-in registration…</source>
        <translation>&amp;Inscription sur place…</translation>
    </message>
    <message>
        <source>&amp;Reprint badge…</source>
        <translation>&amp;Réimprimer le badge…</translation>
    </message>
    <message>
        <source>&amp;Undo last check-in…</source>
        <translation>&amp;Annuler le dernier enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Camera source…</source>
        <translation>Source de la &amp;caméra…</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode (organiser PIN to leave)</source>
        <translation>Mode &amp;kiosque (code PIN organisateur pour sortir)</translation>
    </message>
    <message>
        <source>Camera source</source>
        <translation>Source de la caméra</translation>
    </message>
    <message>
        <source>Camera number (0, 1, …) or a video file:</source>
        <translation>Numéro de caméra (0, 1, …) ou fichier vidéo :</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <source>Could not start the app on {file}.</source>
        <translation>Impossible de lancer l&apos;application sur {file}.</translation>
    </message>
    <message>
        <source>Station {station} · {event}</source>
        <translation>Poste {station} · {event}</translation>
    </message>
    <message>
        <source>KIOSK (F11 + PIN to leave)</source>
        <translation>KIOSQUE (F11 + code PIN pour sortir)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)…</source>
        <translation>
            <numerusform>%n conflit…</numerusform>
            <numerusform>%n conflits…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganiserMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>&amp;Open event file…</source>
        <translation>&amp;Ouvrir un fichier d&apos;événement…</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup…</source>
        <translation>&amp;Restaurer la dernière sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Erase personal data…</source>
        <translation>&amp;Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Attendees (CSV)…</source>
        <translation>&amp;Participants (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Sessions (CSV)…</source>
        <translation>&amp;Sessions (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Who may enter a session (CSV)…</source>
        <translation>&amp;Qui peut entrer dans une session (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Export CSV files…</source>
        <translation>&amp;Exporter les fichiers CSV…</translation>
    </message>
    <message>
        <source>&amp;Conflicts between stations…</source>
        <translation>&amp;Conflits entre postes…</translation>
    </message>
    <message>
        <source>&amp;Badges</source>
        <translation>&amp;Badges</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>S&amp;ync folder…</source>
        <translation>Dossier de s&amp;ynchronisation…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Log file…</source>
        <translation>&amp;Fichier journal…</translation>
    </message>
    <message>
        <source>Import attendees</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Import sessions</source>
        <translation>Importer des sessions</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import the sessions first.</source>
        <translation>Importez d&apos;abord les sessions.</translation>
    </message>
    <message>
        <source>Who may enter a session</source>
        <translation>Qui peut entrer dans une session</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session :</translation>
    </message>
    <message>
        <source>List of %1</source>
        <translation>Liste de %1</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the app.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Attendance report</source>
        <translation>Rapport de participation</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), with every station merged so far.</source>
        <translation>
            <numerusform>%n page, avec toutes les stations fusionnées à ce jour.</numerusform>
            <numerusform>%n pages, avec toutes les stations fusionnées à ce jour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Ready: show a badge to the camera</source>
        <extracomment>How long a result stays before the card goes back to &quot;ready&quot; (a new scan replaces it at once), unless the station&apos;s settings say otherwise (``HOLD_KEY``, whole seconds). The card went back to its idle state. GUI thread.</extracomment>
        <translation>Prêt : présentez un badge à la caméra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Find by name (2 letters or more)…</source>
        <extracomment>A person was chosen (click, double-click or Enter): their attendee id. GUI thread. The result list was refreshed (tests wait for it). GUI thread. A badge-shaped code was typed or pasted and confirmed with Enter. GUI thread. Undo was asked for on a result (context menu): the attendee id. GUI thread.</extracomment>
        <translation>Chercher par nom (2 lettres ou plus)…</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Recherche par nom</translation>
    </message>
    <message>
        <source>Matching people</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>Type at least 2 letters of a name.</source>
        <translation>Tapez au moins 2 lettres d&apos;un nom.</translation>
    </message>
    <message>
        <source>Nobody matches “{text}”.</source>
        <translation>Personne ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>More people match: type more letters.</source>
        <translation>D&apos;autres personnes correspondent : tapez plus de lettres.</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(annulé)</translation>
    </message>
    <message>
        <source>Undo this person&apos;s check-in…</source>
        <translation>Annuler l’enregistrement de cette personne…</translation>
    </message>
</context>
<context>
    <name>SessionRoomPanel</name>
    <message>
        <source>Session</source>
        <extracomment>Settings key: a session entry of someone who never passed the entrance counts as their arrival. A decision was shown on this panel&apos;s card. GUI thread.</extracomment>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Session :</translation>
    </message>
    <message>
        <source>Entering</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Scans record people coming in</source>
        <translation>Les scans enregistrent les personnes qui entrent</translation>
    </message>
    <message>
        <source>Scans record people leaving (optional exit scans)</source>
        <translation>Les scans enregistrent les personnes qui sortent (scans de sortie facultatifs)</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <source>No badge? Find by name…</source>
        <translation>Pas de badge ? Cherchez par nom…</translation>
    </message>
    <message>
        <source>Outside the session&apos;s admission time or after leaving, or a full or closed session: admit this person all the same, with a reason and the organiser PIN</source>
        <translation>Hors de l’horaire d’admission ou après une sortie, ou session complète ou fermée : admettre cette personne quand même, avec une raison et le code organisateur</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Annuler le dernier (Ctrl+Z)</translation>
    </message>
    <message>
        <source>(on invitation)</source>
        <translation>(sur invitation)</translation>
    </message>
    <message>
        <source>No sessions in this event yet: import them from the menu.</source>
        <translation>Aucune session dans cet événement pour l&apos;instant : importez-les depuis le menu.</translation>
    </message>
    <message>
        <source>Choose a session first</source>
        <translation>Choisissez d&apos;abord une session</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Please try again</source>
        <translation>Veuillez réessayer</translation>
    </message>
    <message>
        <source>Set an organiser PIN in Settings to admit {name} to a full or closed session.</source>
        <translation>Définissez un code organisateur dans les Réglages pour admettre {name} dans une session complète ou fermée.</translation>
    </message>
    <message>
        <source>Wrong organiser PIN: {name} was not admitted.</source>
        <translation>Code organisateur erroné : {name} n’a pas été admis.</translation>
    </message>
    <message>
        <source>Give a reason to admit {name} anyway.</source>
        <translation>Indiquez une raison pour admettre {name} quand même.</translation>
    </message>
    <message>
        <source>{name} admitted by a supervisor: {reason}</source>
        <translation>{name} admis par un superviseur : {reason}</translation>
    </message>
    <message>
        <source>Admit anyway</source>
        <translation>Admettre quand même</translation>
    </message>
    <message>
        <source>Organiser PIN to admit {name}:</source>
        <translation>Code organisateur pour admettre {name} :</translation>
    </message>
    <message>
        <source>Why admit {name} anyway? (kept in the record)</source>
        <translation>Pourquoi admettre {name} quand même ? (conservé dans l’historique)</translation>
    </message>
    <message>
        <source>Present: {n} of {cap}</source>
        <translation>Présents : {n} sur {cap}</translation>
    </message>
    <message>
        <source>Present: {n}</source>
        <translation>Présents : {n}</translation>
    </message>
    <message>
        <source>FULL: the room has reached its capacity. Nobody else may enter.</source>
        <translation>COMPLET : la salle a atteint sa capacité. Plus personne ne peut entrer.</translation>
    </message>
    <message>
        <source>Almost full: {left} place(s) left.</source>
        <translation>Presque complet : il reste {left} place(s).</translation>
    </message>
    <message>
        <source>Scanning people LEAVING</source>
        <translation>Scan des SORTIES</translation>
    </message>
    <message>
        <source>Ready: show a badge to the camera</source>
        <translation>Prêt : présentez un badge à la caméra</translation>
    </message>
    <message>
        <source>Admit anyway (organiser)</source>
        <translation>Admettre quand même (organisateur)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <source>Larger text (readable from further away)</source>
        <translation>Texte plus grand (lisible de plus loin)</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>Imprimante à badges</translation>
    </message>
    <message>
        <source>None (save badges as PDF)</source>
        <translation>Aucune (enregistrer les badges en PDF)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non connectée)</translation>
    </message>
    <message>
        <source>Badge size</source>
        <translation>Format du badge</translation>
    </message>
    <message>
        <source>Print the badge at check-in when it was never printed</source>
        <translation>Imprimer le badge à l’arrivée s’il n’a jamais été imprimé</translation>
    </message>
    <message>
        <source>Current organiser PIN</source>
        <translation>Code organisateur actuel</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Result shown for</source>
        <translation>Résultat affiché pendant</translation>
    </message>
    <message>
        <source>Entering a session counts as arriving at the event</source>
        <translation>Entrer dans une session compte comme arrivée à l’événement</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>New organiser PIN</source>
        <translation>Nouveau code PIN organisateur</translation>
    </message>
    <message>
        <source>New organiser PIN again</source>
        <translation>Nouveau code PIN organisateur à nouveau</translation>
    </message>
    <message>
        <source>None (backups only beside the event file)</source>
        <translation>Aucun (sauvegardes seulement à côté du fichier de l’événement)</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Second dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Code PIN à nouveau</translation>
    </message>
    <message>
        <source>The PIN is asked for to leave kiosk mode. A new language applies the next time the app starts.</source>
        <translation>Le code PIN est demandé pour quitter le mode kiosque. Une nouvelle langue s&apos;applique au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>The station needs a name.</source>
        <translation>Le poste doit avoir un nom.</translation>
    </message>
    <message>
        <source>Type the current organiser PIN to change it.</source>
        <translation>Saisissez le code organisateur actuel pour le changer.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN diffèrent.</translation>
    </message>
    <message>
        <source>The PIN must be at least %1 digits.</source>
        <translation>Le code PIN doit comporter au moins %1 chiffres.</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>checkin — start</source>
        <translation>checkin — démarrage</translation>
    </message>
    <message>
        <source>No event is open on this computer yet.</source>
        <translation>Aucun événement n&apos;est encore ouvert sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Try the &amp;demo event (with a simulated camera)</source>
        <translation>Essayer l&apos;événement de &amp;démonstration (avec une caméra simulée)</translation>
    </message>
    <message>
        <source>e.g. Migration and employment seminar</source>
        <translation>p. ex. Séminaire migration et emploi</translation>
    </message>
    <message>
        <source>&amp;Create the event</source>
        <translation>&amp;Créer l&apos;événement</translation>
    </message>
    <message>
        <source>Create an event</source>
        <translation>Créer un événement</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>&amp;Join an event… (a station package from the organisers)</source>
        <translation>&amp;Rejoindre un événement… (un paquet de poste fourni par les organisateurs)</translation>
    </message>
    <message>
        <source>&amp;Open an event file…</source>
        <translation>&amp;Ouvrir un fichier d&apos;événement…</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>Donnez un nom à l&apos;événement.</translation>
    </message>
    <message>
        <source>Open an event file</source>
        <translation>Ouvrir un fichier d&apos;événement</translation>
    </message>
    <message>
        <source>That file holds no event.</source>
        <translation>Ce fichier ne contient aucun événement.</translation>
    </message>
    <message>
        <source>Join an event: the station package</source>
        <translation>Rejoindre un événement : le paquet du poste</translation>
    </message>
    <message>
        <source>Where to keep the event file of %1</source>
        <translation>Où garder le fichier d&apos;événement de %1</translation>
    </message>
    <message>
        <source>%1 is not an event file; choose a new file name.</source>
        <translation>%1 n&apos;est pas un fichier d&apos;événement ; choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>%1 already holds another event (%2); choose a new file name.</source>
        <translation>%1 contient déjà un autre événement (%2) ; choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>Could not join: %1</source>
        <translation>Impossible de rejoindre : %1</translation>
    </message>
    <message>
        <source>%1 is not a checkin station package. Ask the organisers for this station&apos;s package (made with “checkin package”).</source>
        <translation>%1 n&apos;est pas un paquet de poste checkin. Demandez aux organisateurs le paquet de ce poste (créé avec « checkin package »).</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>Every few seconds this station writes its own journal into the folder and merges the journals of the other stations found there. Use a folder kept in step by Syncthing, a network share or a USB stick; never the folder of the event file.</source>
        <translation>Toutes les quelques secondes, ce poste écrit son propre journal dans le dossier et fusionne les journaux des autres postes qui s&apos;y trouvent. Utilisez un dossier synchronisé par Syncthing, un partage réseau ou une clé USB ; jamais le dossier du fichier d&apos;événement.</translation>
    </message>
    <message>
        <source>No sync folder: this station works alone</source>
        <translation>Pas de dossier de synchronisation : ce poste travaille seul</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Stop syncing</source>
        <translation>&amp;Arrêter la synchronisation</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The event file is inside %1. A synced event file gets corrupted: choose a folder that holds only the journals, away from the event file.</source>
        <translation>Le fichier d&apos;événement se trouve dans %1. Un fichier d&apos;événement synchronisé se corrompt : choisissez un dossier qui ne contient que les journaux, loin du fichier d&apos;événement.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Not syncing.</source>
        <translation>Pas de synchronisation.</translation>
    </message>
    <message>
        <source>Sync: first pass…</source>
        <translation>Synchronisation : premier passage…</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>Dossier de synchronisation : %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other station(s) seen</source>
        <translation>
            <numerusform>%n autre poste vu</numerusform>
            <numerusform>%n autres postes vus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not merged yet</source>
        <translation>
            <numerusform>%n enregistrement pas encore fusionné</numerusform>
            <numerusform>%n enregistrements pas encore fusionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n problème : %1</numerusform>
            <numerusform>%n problèmes : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: the folder %1 is not reachable (USB stick or share removed?)</source>
        <translation>Synchronisation : le dossier %1 est inaccessible (clé USB ou partage retiré ?)</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation>Inscrire une personne sur place</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Register, check in and print badge</source>
        <translation>Inscrire, enregistrer l&apos;arrivée et imprimer le badge</translation>
    </message>
    <message>
        <source>Give at least a first or a last name.</source>
        <translation>Indiquez au moins un prénom ou un nom.</translation>
    </message>
    <message>
        <source>That email address looks wrong.</source>
        <translation>Cette adresse e-mail semble incorrecte.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Event already open</source>
        <translation>Événement déjà ouvert</translation>
    </message>
</context>
<context>
    <name>badge_dialog</name>
    <message>
        <source>A4 sheet, 8 badges of 90 × 54 mm</source>
        <extracomment>Opening the finished PDF in the system viewer (tests replace it).</extracomment>
        <translation>Feuille A4, 8 badges de 90 × 54 mm</translation>
    </message>
    <message>
        <source>A6, one badge per page</source>
        <translation>A6, un badge par page</translation>
    </message>
    <message>
        <source>Card printer (CR80, 86 × 54 mm)</source>
        <translation>Imprimante à cartes (CR80, 86 × 54 mm)</translation>
    </message>
    <message>
        <source>Every chosen badge was printed before ({n}); tick “reprint” to print them again.</source>
        <translation>Tous les badges choisis ont déjà été imprimés ({n}) ; cochez « réimprimer » pour les imprimer de nouveau.</translation>
    </message>
    <message>
        <source>Making badges…</source>
        <translation>Création des badges…</translation>
    </message>
    <message>
        <source>Badges not printed</source>
        <translation>Badges non imprimés</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>Imprimer des badges</translation>
    </message>
    <message>
        <source>Choose a PDF file.</source>
        <translation>Choisissez un fichier PDF.</translation>
    </message>
    <message>
        <source>&amp;Print badges (PDF)…</source>
        <translation>&amp;Imprimer des badges (PDF)…</translation>
    </message>
</context>
<context>
    <name>column_mapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation>Numéro d&apos;inscription</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Code du billet</translation>
    </message>
    <message>
        <source>Paid (yes/no)</source>
        <translation>Payé (oui/non)</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>Admitted at two stations</source>
        <translation>Admis à deux postes</translation>
    </message>
    <message>
        <source>Admitted after an undo at another station</source>
        <translation>Admis après une annulation à un autre poste</translation>
    </message>
    <message>
        <source>A station&apos;s clock is off</source>
        <translation>L&apos;horloge d&apos;un poste est décalée</translation>
    </message>
    <message>
        <source>Same walk-in registered twice</source>
        <translation>Même inscription sur place enregistrée deux fois</translation>
    </message>
    <message>
        <source>Two walk-ins drew the same badge code</source>
        <translation>Deux inscriptions sur place ont reçu le même code de badge</translation>
    </message>
</context>
<context>
    <name>event_files</name>
    <message>
        <source>Could not start the app on %1.</source>
        <translation>Impossible de lancer l&apos;application sur %1.</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <source>New event file</source>
        <translation>Nouveau fichier d&apos;événement</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Name of the event:</source>
        <translation>Nom de l&apos;événement :</translation>
    </message>
    <message>
        <source>%1 already holds an event; choose another file.</source>
        <translation>%1 contient déjà un événement ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Open event file</source>
        <translation>Ouvrir un fichier d&apos;événement</translation>
    </message>
    <message>
        <source>%1 is not a checkin event file.</source>
        <translation>%1 n&apos;est pas un fichier d&apos;événement checkin.</translation>
    </message>
</context>
<context>
    <name>event_lock</name>
    <message>
        <source>process {pid} on {host}</source>
        <translation>processus {pid} sur {host}</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>{file} is already open in another checkin window ({who}).
Use that window, or close it first. Nothing was changed.</source>
        <translation>{file} est déjà ouvert dans une autre fenêtre checkin ({who}).
Utilisez cette fenêtre ou fermez-la d&apos;abord. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Written in %1:</source>
        <translation>Écrits dans %1 :</translation>
    </message>
    <message>
        <source>Other users of this computer can read these files.</source>
        <translation>Les autres utilisateurs de cet ordinateur peuvent lire ces fichiers.</translation>
    </message>
    <message>
        <source>Only you can read these files: they hold personal data.</source>
        <translation>Vous seul pouvez lire ces fichiers : ils contiennent des données personnelles.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
</context>
<context>
    <name>file_care</name>
    <message>
        <source>The event file cannot be used</source>
        <translation>Le fichier de l’événement est inutilisable</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>There is no backup of this event file yet.</source>
        <translation>Il n’existe encore aucune sauvegarde de ce fichier d’événement.</translation>
    </message>
    <message>
        <source>Replace the event file with the backup %1?

Check-ins recorded since that backup are not in it. The current file is kept beside it (…replaced-…).</source>
        <translation>Remplacer le fichier de l’événement par la sauvegarde %1 ?

Les enregistrements faits depuis cette sauvegarde n’y sont pas. Le fichier actuel est conservé à côté (…replaced-…).</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Set an organiser PIN in Settings first: erasing the personal data is behind it.</source>
        <translation>Définissez d’abord un code PIN organisateur dans les Paramètres : l’effacement des données personnelles en dépend.</translation>
    </message>
    <message>
        <source>Organiser PIN:</source>
        <translation>Code PIN organisateur :</translation>
    </message>
    <message>
        <source>Wrong PIN. Nothing was erased.</source>
        <translation>Code PIN incorrect. Rien n’a été effacé.</translation>
    </message>
    <message>
        <source>Erase every name, e-mail, organisation and badge of this event, and its backups? This cannot be undone.</source>
        <translation>Effacer tous les noms, e-mails, organismes et badges de cet événement, ainsi que ses sauvegardes ? C’est irréversible.</translation>
    </message>
    <message>
        <source>Keep anonymous counts (arrivals, categories, sessions)</source>
        <translation>Garder des chiffres anonymes (arrivées, catégories, sessions)</translation>
    </message>
    <message>
        <source>The personal data of %1 attendees was erased.</source>
        <translation>Les données personnelles de %1 participants ont été effacées.</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>The log file (no names or e-mail addresses in it) is:
%1</source>
        <translation>Le fichier journal (sans noms ni adresses e-mail) est :
%1</translation>
    </message>
</context>
<context>
    <name>freshness</name>
    <message>
        <source>Figures from this station only: no other station merged yet.</source>
        <translation>Chiffres de ce poste seulement : aucun autre poste fusionné pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Stations merged: %1</source>
        <translation>Postes fusionnés : %1</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>System language</source>
        <extracomment>QSettings key holding the chosen language (&quot;&quot; = the system&apos;s).</extracomment>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Would add %1, update %2, leave %3 unchanged and skip %4.</source>
        <translation>Import prévu : %1 ajoutés, %2 mis à jour, %3 inchangés, %4 ignorés.</translation>
    </message>
    <message>
        <source>Added %1, updated %2, left %3 unchanged and skipped %4.</source>
        <translation>Import terminé : %1 ajoutés, %2 mis à jour, %3 inchangés, %4 ignorés.</translation>
    </message>
    <message>
        <source>Would remove %1.</source>
        <translation>%1 seraient retirés.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 retirés.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Read as %1, %2-separated.</source>
        <translation>Lu en %1, séparateur : %2.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Impossible d&apos;importer ce fichier</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Lu comme %1.</translation>
    </message>
    <message>
        <source>Recognised as an export of %1.</source>
        <translation>Reconnu comme un export de %1.</translation>
    </message>
</context>
<context>
    <name>long_task</name>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
</context>
<context>
    <name>report_dialog</name>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>Le PDF n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>Folder for the mail-merge pack</source>
        <translation>Dossier du publipostage</translation>
    </message>
    <message>
        <source>Mail-merge pack</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <source>Written in %1: mailmerge.csv and %2 QR image(s) in qr/.</source>
        <translation>Écrits dans %1 : mailmerge.csv et %2 image(s) QR dans qr/.</translation>
    </message>
    <message>
        <source>Writing the mail-merge pack…</source>
        <translation>Écriture du publipostage…</translation>
    </message>
    <message>
        <source>Attendance &amp;report (PDF)…</source>
        <translation>&amp;Rapport de participation (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Certificates of attendance (PDF)…</source>
        <translation>&amp;Attestations de participation (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Mail-merge pack (CSV + QR images)…</source>
        <translation>&amp;Publipostage (CSV + images QR)…</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Preparing the simulated camera…</source>
        <translation>Préparation de la caméra simulée…</translation>
    </message>
</context>
</TS>
