-- Who is inside each checkpoint now, kept current as check-ins and undos are written, so
-- that a session's head count costs the same at 1,000 and at 1,000,000 check-ins.
--
-- One row per (checkpoint, person): the latest valid (not undone) movement there, and the
-- first valid admission. A "person" is the attendee, or the badge code of a code-only
-- ("unknown") admission, exactly as the occupancy count always grouped them.
-- Triggers keep it in step inside the very transaction that writes the check-in or the
-- undo, whoever writes it (a desk, a journal merge); checkin.store.presence.rebuild()
-- recomputes it from the log.

CREATE TABLE presence (
    checkpoint  INTEGER NOT NULL,         -- sessions.id, or 0 for the event entrance
    who         TEXT NOT NULL,            -- attendee id as text, or 'code:' || badge code
    attendee_id INTEGER,                  -- NULL for a code-only admission
    direction   TEXT NOT NULL,            -- of the latest valid movement: 'in' = inside now
    at          TEXT NOT NULL,            -- time of that movement
    station_uid TEXT,                     -- and its station and sequence number, which break ties in time
    seq         INTEGER,
    checkin_id  TEXT NOT NULL,            -- that movement
    first_in    TEXT,                     -- first valid admission ('in'), NULL if none
    PRIMARY KEY (checkpoint, who)
) WITHOUT ROWID;
CREATE INDEX presence_inside ON presence (checkpoint, direction, first_in);  -- counts read only this index

-- A new movement replaces the latest one when it is newer by (at, station_uid, seq), the
-- order of checkin.store.checkins.NEWEST_FIRST, and may lower the first admission.
CREATE TRIGGER presence_after_checkin AFTER INSERT ON checkins
WHEN new.attendee_id IS NOT NULL OR new.code IS NOT NULL
BEGIN
    INSERT INTO presence (checkpoint, who, attendee_id, direction, at, station_uid, seq, checkin_id, first_in)
    VALUES (COALESCE(new.session_id, 0), COALESCE(CAST(new.attendee_id AS TEXT), 'code:' || new.code),
            new.attendee_id, new.direction, new.at, new.station_uid, new.seq, new.id,
            CASE WHEN new.direction = 'in' THEN new.at END)
    ON CONFLICT (checkpoint, who) DO UPDATE SET
        direction = CASE WHEN (excluded.at, excluded.station_uid, excluded.seq) > (presence.at, presence.station_uid, presence.seq)
                THEN excluded.direction ELSE presence.direction END,
        station_uid = CASE WHEN (excluded.at, excluded.station_uid, excluded.seq) > (presence.at, presence.station_uid, presence.seq)
                THEN excluded.station_uid ELSE presence.station_uid END,
        seq = CASE WHEN (excluded.at, excluded.station_uid, excluded.seq) > (presence.at, presence.station_uid, presence.seq)
                THEN excluded.seq ELSE presence.seq END,
        checkin_id = CASE WHEN (excluded.at, excluded.station_uid, excluded.seq) > (presence.at, presence.station_uid, presence.seq)
                THEN excluded.checkin_id ELSE presence.checkin_id END,
        at = CASE WHEN (excluded.at, excluded.station_uid, excluded.seq) > (presence.at, presence.station_uid, presence.seq)
                THEN excluded.at ELSE presence.at END,
        first_in = CASE WHEN excluded.first_in IS NULL THEN presence.first_in
                        WHEN presence.first_in IS NULL THEN excluded.first_in
                        ELSE MIN(excluded.first_in, presence.first_in) END;
END;

-- An undo recomputes that one person's row at that checkpoint from the log (a few rows,
-- through the checkins_attendee or checkins_code index).
CREATE TRIGGER presence_after_undo_attendee AFTER INSERT ON checkin_undos
WHEN (SELECT attendee_id FROM checkins WHERE id = new.checkin_id) IS NOT NULL
BEGIN
    DELETE FROM presence
     WHERE checkpoint = (SELECT COALESCE(session_id, 0) FROM checkins WHERE id = new.checkin_id)
       AND who = (SELECT CAST(attendee_id AS TEXT) FROM checkins WHERE id = new.checkin_id);
    INSERT INTO presence (checkpoint, who, attendee_id, direction, at, station_uid, seq, checkin_id, first_in)
    SELECT COALESCE(c.session_id, 0), CAST(c.attendee_id AS TEXT), c.attendee_id, c.direction, c.at,
           c.station_uid, c.seq, c.id,
           (SELECT MIN(f.at) FROM checkins f
             WHERE f.attendee_id = x.attendee_id AND f.session_id IS x.session_id AND f.direction = 'in'
               AND NOT EXISTS (SELECT 1 FROM checkin_undos u WHERE u.checkin_id = f.id))
      FROM checkins x JOIN checkins c ON c.attendee_id = x.attendee_id AND c.session_id IS x.session_id
     WHERE x.id = new.checkin_id
       AND NOT EXISTS (SELECT 1 FROM checkin_undos u WHERE u.checkin_id = c.id)
     ORDER BY c.at DESC, c.station_uid DESC, c.seq DESC LIMIT 1;
END;

CREATE TRIGGER presence_after_undo_code AFTER INSERT ON checkin_undos
WHEN (SELECT attendee_id IS NULL AND code IS NOT NULL FROM checkins WHERE id = new.checkin_id)
BEGIN
    DELETE FROM presence
     WHERE checkpoint = (SELECT COALESCE(session_id, 0) FROM checkins WHERE id = new.checkin_id)
       AND who = (SELECT 'code:' || code FROM checkins WHERE id = new.checkin_id);
    INSERT INTO presence (checkpoint, who, attendee_id, direction, at, station_uid, seq, checkin_id, first_in)
    SELECT COALESCE(c.session_id, 0), 'code:' || c.code, NULL, c.direction, c.at, c.station_uid, c.seq, c.id,
           (SELECT MIN(f.at) FROM checkins f
             WHERE f.code = x.code AND f.attendee_id IS NULL AND f.session_id IS x.session_id
               AND f.direction = 'in'
               AND NOT EXISTS (SELECT 1 FROM checkin_undos u WHERE u.checkin_id = f.id))
      FROM checkins x JOIN checkins c ON c.code = x.code AND c.attendee_id IS NULL
                                     AND c.session_id IS x.session_id
     WHERE x.id = new.checkin_id
       AND NOT EXISTS (SELECT 1 FROM checkin_undos u WHERE u.checkin_id = c.id)
     ORDER BY c.at DESC, c.station_uid DESC, c.seq DESC LIMIT 1;
END;

-- The check-ins already in the file.
INSERT INTO presence (checkpoint, who, attendee_id, direction, at, station_uid, seq, checkin_id, first_in)
SELECT checkpoint, who, attendee_id, direction, at, station_uid, seq, id, first_in FROM (
    SELECT COALESCE(session_id, 0) AS checkpoint,
           COALESCE(CAST(attendee_id AS TEXT), 'code:' || code) AS who, attendee_id, direction, at,
           station_uid, seq, id,
           MIN(CASE WHEN direction = 'in' THEN at END) OVER w AS first_in,
           ROW_NUMBER() OVER (w ORDER BY at DESC, station_uid DESC, seq DESC) AS n
      FROM checkins c
     WHERE (attendee_id IS NOT NULL OR code IS NOT NULL)
       AND NOT EXISTS (SELECT 1 FROM checkin_undos u WHERE u.checkin_id = c.id)
    WINDOW w AS (PARTITION BY COALESCE(session_id, 0), COALESCE(CAST(attendee_id AS TEXT), 'code:' || code))
) WHERE n = 1;
