-- Two index changes to the check-in log, both measured at congress size (issue 12, issue 8).
--
-- 1. checkins_at (the time of every check-in) goes. It was written at every admission and at
--    every merged row, and nothing the desk does reads it any more: the export reads the log
--    in file order and sorts it (checkin.store.export_rows), a person's movements come
--    through checkins_attendee, a station's through checkins_station_seq, the latest
--    movement and the head counts through presence. What still orders the whole log by time
--    (the export's time span, recent_checkins for tests and scripts) reads the table once:
--    a fraction of a second at a million check-ins, where the index cost every scan a page
--    of the WAL and, its newest entries sitting mid-index whenever a merge brought later
--    times, a split of three or four pages one scan in ten (benchmarks/wal_pages.py).
--
-- 2. checkins_code_claims: 0065 left checkins_code holding code-only admissions that no
--    attendee is linked to (attendee_id IS NULL). When a walk-in's badge code is settled
--    during a merge (checkin.store.sync._give_code), every admission made with that badge
--    before its holder was known is moved to the holder, including those linked to an
--    earlier holder: the rows recorded without an attendee (attendee_uid IS NULL), linked
--    or not. This index holds exactly those, so settling a code reads its own few rows,
--    not the log. An admission of a known person (attendee_id and attendee_uid set, the
--    usual case by far) writes neither code index.

DROP INDEX checkins_at;
CREATE INDEX checkins_code_claims ON checkins (code) WHERE attendee_uid IS NULL;
