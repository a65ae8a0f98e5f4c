"""Erasing an event's personal data once the event is over (``checkin purge``).

Names, e-mails, organisations, roles, external ids, badge codes, the text of every scan and
the event's badge-signing key go. With ``keep_counts`` every attendee stays as an anonymous
row (category and status kept), so arrivals, categories and session attendance still add up;
without it, the attendees and everything recorded about them are deleted and only the event
and its sessions remain. The file is then rewritten (VACUUM) so no erased text stays in its
free pages or its write-ahead log, and the backups beside it, which hold the same data, are
deleted by the caller (see :func:`checkin.store.backup.delete_backups`). Station journals and
packages copied elsewhere (a sync folder, a stick) are outside the file: the organiser deletes them.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from checkin.store.db import Store


@dataclass(frozen=True)
class PurgeResult:
    attendees: int  # people whose personal data was erased
    checkins: int  # check-ins kept (anonymous) or deleted
    kept_counts: bool


def purge_personal_data(store: Store, *, keep_counts: bool) -> PurgeResult:
    """Erase the personal data of the event in ``store`` (see the module docstring)."""
    with store.transaction() as c:
        people = c.execute("SELECT count(*) FROM attendees").fetchone()[0]
        checkins = c.execute("SELECT count(*) FROM checkins").fetchone()[0]
        # Sequence numbers come from the records (db/0068): keep each station's highest as its floor
        # before records go, so that no number is ever given twice.
        c.execute("UPDATE stations SET next_seq = 1 + (SELECT q.last_seq FROM station_seqs q WHERE q.uid = stations.uid)")
        c.execute("DELETE FROM revocations")  # codes and free-text reasons
        c.execute("DELETE FROM badge_prints")
        c.execute("DELETE FROM code_aliases")  # ticket codes of the registration tools: they admit too
        # walk-in and edit snapshots (JSON with names and e-mails); the merge they served is over
        c.execute("DELETE FROM versions WHERE kind = 'attendee'")
        if keep_counts:
            c.execute(
                "UPDATE attendees SET first_name = '', last_name = '', full_name = '', organisation = '',"
                " role = '', email = '', external_id = NULL, code = NULL, search_key = ''"
            )
            c.execute("UPDATE checkins SET code = NULL")
            c.execute("UPDATE checkin_undos SET reason = ''")
            c.execute("UPDATE scan_log SET raw_code = '', message = ''")  # messages name people
        else:
            c.execute("DELETE FROM checkin_undos")
            c.execute("DELETE FROM checkins")
            c.execute("DELETE FROM presence")  # who was inside when: derived from the check-ins just deleted
            c.execute("DELETE FROM scan_log")
            c.execute("DELETE FROM session_access")
            c.execute("DELETE FROM attendees")
        # a new key: no badge of the event can be verified, or forged, from this file any more
        c.execute("UPDATE event SET code_key = ?", (secrets.token_hex(32),))
        c.execute("INSERT INTO attendee_search (attendee_search) VALUES ('rebuild')")
    store.conn.execute("VACUUM")  # rewrite the file: erased rows must not linger in free pages
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return PurgeResult(people, checkins, keep_counts)
