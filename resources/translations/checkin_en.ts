<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendeesPanel</name>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message numerus="yes">
        <source>The %n attendee(s) selected in the attendee list</source>
        <translation>
            <numerusform>The attendee selected in the attendee list</numerusform>
            <numerusform>The %n attendees selected in the attendee list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message numerus="yes">
        <source>%n certificate(s), one page each, only for people who attended.</source>
        <translation>
            <numerusform>%n certificate, one page, only for people who attended.</numerusform>
            <numerusform>%n certificates, one page each, only for people who attended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>%n conflict(s) in the records merged so far.</source>
        <translation>
            <numerusform>%n conflict in the records merged so far.</numerusform>
            <numerusform>%n conflicts in the records merged so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message numerus="yes">
        <source>%n walk-in(s) registered</source>
        <translation>
            <numerusform>%n walk-in registered</numerusform>
            <numerusform>%n walk-ins registered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n row(s) will be skipped:</source>
        <translation>
            <numerusform>%n row will be skipped:</numerusform>
            <numerusform>%n rows will be skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) to check</source>
        <translation>
            <numerusform>… and %n more line to check</numerusform>
            <numerusform>… and %n more lines to check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n conflict(s)…</source>
        <translation>
            <numerusform>%n conflict…</numerusform>
            <numerusform>%n conflicts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%n page(s), with every station merged so far.</source>
        <translation>
            <numerusform>%n page, with every station merged so far.</numerusform>
            <numerusform>%n pages, with every station merged so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message numerus="yes">
        <source>%n other station(s) seen</source>
        <translation>
            <numerusform>%n other station seen</numerusform>
            <numerusform>%n other stations seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not merged yet</source>
        <translation>
            <numerusform>%n record not merged yet</numerusform>
            <numerusform>%n records not merged yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n problem: %1</numerusform>
            <numerusform>%n problems: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
