-- A journal merge links check-ins recorded before their attendee was known here
-- (checkin.store.sync: UPDATE checkins SET attendee_id = ... WHERE attendee_id IS NULL):
-- such a movement leaves the person it was counted under (its badge code, or nobody for a
-- hand check-in) and joins the attendee's. This trigger recomputes both people's rows of
-- the presence table (0040) from the log, in the merge's own transaction. Each statement
-- is guarded by a condition on the changed row, so each reads one person's movements
-- through an index (checkins_attendee or checkins_code), never the whole log.

CREATE TRIGGER presence_after_change AFTER UPDATE OF attendee_id, code, session_id, direction, at ON checkins
BEGIN
    DELETE FROM presence
     WHERE checkpoint = COALESCE(old.session_id, 0)
       AND who = COALESCE(CAST(old.attendee_id AS TEXT), 'code:' || old.code);
    DELETE FROM presence
     WHERE checkpoint = COALESCE(new.session_id, 0)
       AND who = COALESCE(CAST(new.attendee_id AS TEXT), 'code:' || new.code);

    INSERT INTO presence (checkpoint, who, attendee_id, direction, at, station_uid, seq, checkin_id, first_in)
    SELECT COALESCE(c.session_id, 0), CAST(c.attendee_id AS TEXT), c.attendee_id, c.direction, c.at,
           c.station_uid, c.seq, c.id,
           (SELECT MIN(f.at) FROM checkins f
             WHERE f.attendee_id = k.attendee_id AND f.session_id IS k.session_id AND f.direction = 'in'
               AND NOT EXISTS (SELECT 1 FROM checkin_undos u WHERE u.checkin_id = f.id))
      FROM (SELECT old.attendee_id AS attendee_id, old.session_id AS session_id
            UNION SELECT new.attendee_id, new.session_id) k
      JOIN checkins c ON c.attendee_id = k.attendee_id AND c.session_id IS k.session_id
     WHERE k.attendee_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM checkin_undos u WHERE u.checkin_id = c.id)
       AND c.id = (SELECT d.id FROM checkins d
                    WHERE d.attendee_id = k.attendee_id AND d.session_id IS k.session_id
                      AND NOT EXISTS (SELECT 1 FROM checkin_undos u WHERE u.checkin_id = d.id)
                    ORDER BY d.at DESC, d.station_uid DESC, d.seq DESC LIMIT 1);

    INSERT INTO presence (checkpoint, who, attendee_id, direction, at, station_uid, seq, checkin_id, first_in)
    SELECT COALESCE(c.session_id, 0), 'code:' || c.code, NULL, c.direction, c.at, c.station_uid, c.seq, c.id,
           (SELECT MIN(f.at) FROM checkins f
             WHERE f.code = k.code AND f.attendee_id IS NULL AND f.session_id IS k.session_id
               AND f.direction = 'in'
               AND NOT EXISTS (SELECT 1 FROM checkin_undos u WHERE u.checkin_id = f.id))
      FROM (SELECT old.code AS code, old.session_id AS session_id WHERE old.attendee_id IS NULL
            UNION SELECT new.code, new.session_id WHERE new.attendee_id IS NULL) k
      JOIN checkins c ON c.code = k.code AND c.attendee_id IS NULL AND c.session_id IS k.session_id
     WHERE k.code IS NOT NULL
       AND c.id = (SELECT d.id FROM checkins d
                    WHERE d.code = k.code AND d.attendee_id IS NULL AND d.session_id IS k.session_id
                      AND NOT EXISTS (SELECT 1 FROM checkin_undos u WHERE u.checkin_id = d.id)
                    ORDER BY d.at DESC, d.station_uid DESC, d.seq DESC LIMIT 1);
END;
