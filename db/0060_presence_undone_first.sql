-- A check-in undone at another station can reach this file after its undo: station B
-- undoes a check-in it merged from station A, and B's journal is merged here before A's.
-- The undo found nothing to take back when it arrived (presence_after_undo_* look the
-- check-in up), and the check-in's own trigger (0040) then counted the person inside for
-- good. The trigger now leaves out a check-in whose undo is already here: one probe of
-- the checkin_undos_checkin index per check-in.

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

-- Files merged in that order before this migration: recount from the log.
-- Only people with an undone movement can be wrong: their rows are recomputed from the log
-- exactly as checkin.store.presence.rebuild() does.
CREATE TEMP TABLE presence_redo AS
SELECT DISTINCT COALESCE(c.session_id, 0) AS checkpoint,
       COALESCE(CAST(c.attendee_id AS TEXT), 'code:' || c.code) AS who
  FROM checkin_undos u JOIN checkins c ON c.id = u.checkin_id
 WHERE c.attendee_id IS NOT NULL OR c.code IS NOT NULL;

DELETE FROM presence WHERE (checkpoint, who) IN (SELECT checkpoint, who FROM temp.presence_redo);

INSERT INTO presence (checkpoint, who, attendee_id, direction, at, station_uid, seq, checkin_id, first_in)
SELECT checkpoint, who, attendee_id, direction, at, station_uid, seq, id, first_in FROM (
    SELECT COALESCE(session_id, 0) AS checkpoint,
           COALESCE(CAST(attendee_id AS TEXT), 'code:' || code) AS who, attendee_id, direction, at,
           station_uid, seq, id,
           MIN(CASE WHEN direction = 'in' THEN at END) OVER w AS first_in,
           ROW_NUMBER() OVER (w ORDER BY at DESC, station_uid DESC, seq DESC) AS n
      FROM checkins c
     WHERE (attendee_id IS NOT NULL OR code IS NOT NULL)
       AND (COALESCE(session_id, 0), COALESCE(CAST(attendee_id AS TEXT), 'code:' || code))
           IN (SELECT checkpoint, who FROM temp.presence_redo)
       AND NOT EXISTS (SELECT 1 FROM checkin_undos u WHERE u.checkin_id = c.id)
    WINDOW w AS (PARTITION BY COALESCE(session_id, 0), COALESCE(CAST(attendee_id AS TEXT), 'code:' || code))
) WHERE n = 1;

DROP TABLE temp.presence_redo;
