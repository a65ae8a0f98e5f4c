-- Fewer b-trees written by an admission (issue 12: an entrance decision with its durable
-- commit within twice a bare INSERT + COMMIT). A commit writes every b-tree page it
-- changed to the WAL and syncs it; an admission changed twelve to fourteen pages, a bare
-- insert two (benchmarks/wal_pages.py). Three of those pages served nobody:
--
-- 1. checkins_code indexed every check-in's badge code, but every query that looks a
--    check-in up by its code concerns a code-only ("unknown") admission, attendee_id IS
--    NULL: the presence triggers (0040, 0042), presence.refresh, the conflict report.
--    A known person's movements are found through checkins_attendee. The index now holds
--    the code-only admissions alone, so a known person's check-in writes no entry there.
--
-- 2. scan_log_attendee (0055) serves a person's History…, which shows their check-ins
--    and the scan lines that say something the check-ins do not: refusals, duplicates,
--    overrides. A plain admission's line (status accepted, no message: checkin.decision
--    no longer stores the welcome text) repeated its check-in there; the index now
--    leaves those lines out, and the history reads the lines the index holds.
--
-- 3. presence_inside (checkpoint, direction, first_in) served the head count of a
--    checkpoint. A person leaving or coming back moved their entry from one direction's
--    range to the other's: two leaf pages at every exit and re-entry, a random one each.
--    The head count is now a counter per session, kept by triggers on presence in the
--    same transaction (one small, always cached page), and the index keeps what only it
--    serves: first admissions, in time order, for the dashboard's arrivals and counts. An
--    entry is written when someone first arrives at a checkpoint, never when they move.
--    Only sessions are counted: a session's capacity reads its count at every scan, while
--    nothing reads the entrance's (the dashboard counts arrivals), so an entrance scan
--    writes no counter; checkin.store.presence counts the entrance from the table if asked.
--    The check-in trigger (0060) set first_in on every movement, to the same value almost
--    always, which rewrites the entry all the same: it now sets the latest movement only
--    when the new one is newer, and first_in only when it is earlier.

DROP INDEX checkins_code;
CREATE INDEX checkins_code ON checkins (code) WHERE attendee_id IS NULL;

DROP INDEX scan_log_attendee;
CREATE INDEX scan_log_attendee ON scan_log (attendee_id, at) WHERE status != 'accepted' OR message != '';

DROP INDEX presence_inside;
CREATE INDEX presence_first ON presence (checkpoint, first_in);

CREATE TABLE presence_counts (
    checkpoint  INTEGER PRIMARY KEY,      -- as presence.checkpoint: a session id (the entrance, 0, is not kept)
    inside      INTEGER NOT NULL          -- presence rows of that checkpoint whose direction is 'in'
);

CREATE TRIGGER presence_counts_insert AFTER INSERT ON presence
WHEN new.direction = 'in' AND new.checkpoint != 0
BEGIN
    INSERT INTO presence_counts (checkpoint, inside) VALUES (new.checkpoint, 1)
    ON CONFLICT (checkpoint) DO UPDATE SET inside = inside + 1;
END;

CREATE TRIGGER presence_counts_delete AFTER DELETE ON presence
WHEN old.direction = 'in' AND old.checkpoint != 0
BEGIN
    UPDATE presence_counts SET inside = inside - 1 WHERE checkpoint = old.checkpoint;
END;

CREATE TRIGGER presence_counts_update AFTER UPDATE OF checkpoint, direction ON presence
WHEN ((old.direction = 'in') != (new.direction = 'in') OR old.checkpoint != new.checkpoint)
     AND (old.checkpoint != 0 OR new.checkpoint != 0)
BEGIN
    UPDATE presence_counts SET inside = inside - 1
     WHERE checkpoint = old.checkpoint AND old.direction = 'in' AND old.checkpoint != 0;
    INSERT INTO presence_counts (checkpoint, inside)
    SELECT new.checkpoint, 1 WHERE new.direction = 'in' AND new.checkpoint != 0
    ON CONFLICT (checkpoint) DO UPDATE SET inside = inside + 1;
END;

INSERT INTO presence_counts (checkpoint, inside)
SELECT checkpoint, COUNT(*) FROM presence WHERE direction = 'in' AND checkpoint != 0 GROUP BY checkpoint;

DROP TRIGGER presence_after_checkin;

CREATE TRIGGER presence_after_checkin AFTER INSERT ON checkins
WHEN (new.attendee_id IS NOT NULL OR new.code IS NOT NULL)
     AND NOT EXISTS (SELECT 1 FROM checkin_undos u WHERE u.checkin_id = new.id)
BEGIN
    INSERT INTO presence (checkpoint, who, attendee_id, direction, at, station_uid, seq, checkin_id, first_in)
    VALUES (COALESCE(new.session_id, 0), COALESCE(CAST(new.attendee_id AS TEXT), 'code:' || new.code),
            new.attendee_id, new.direction, new.at, new.station_uid, new.seq, new.id,
            CASE WHEN new.direction = 'in' THEN new.at END)
    ON CONFLICT (checkpoint, who) DO UPDATE SET
        direction = excluded.direction, at = excluded.at, station_uid = excluded.station_uid,
        seq = excluded.seq, checkin_id = excluded.checkin_id
    WHERE (excluded.at, excluded.station_uid, excluded.seq) > (presence.at, presence.station_uid, presence.seq);
    UPDATE presence SET first_in = new.at
     WHERE new.direction = 'in' AND checkpoint = COALESCE(new.session_id, 0)
       AND who = COALESCE(CAST(new.attendee_id AS TEXT), 'code:' || new.code)
       AND (first_in IS NULL OR first_in > new.at);
END;
