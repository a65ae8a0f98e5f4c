-- Make the event file mergeable across stations (issue 8).
--
-- * Every station has a uuid; its name is a label, unique within the event.
-- * Every row a station creates carries the station's uuid and a per-station
--   sequence number; (station_uid, seq) is a global id, and ties in time are
--   broken by (at, station_uid, seq), never by a local rowid.
-- * An undo is a row of its own; whether a check-in is undone is derived from
--   checkin_undos (view live_checkins), never written back onto the check-in.
-- * Walk-ins and attendee edits made at a station are kept as versions
--   (snapshots), applied last-writer-wins by (at, station_uid, seq), so any
--   order of merging gives the same attendee.

-- Every station known to this file: the ones that record here (local = 1) and
-- the ones whose journals were merged in. next_seq is only used for local ones.
CREATE TABLE stations (
    uid         TEXT PRIMARY KEY,
    name        TEXT NOT NULL COLLATE NOCASE UNIQUE,
    local       INTEGER NOT NULL DEFAULT 0 CHECK (local IN (0, 1)),
    next_seq    INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL
);

-- This laptop's own station (the one-row table of 0001) becomes a known station.
INSERT INTO stations (uid, name, local, next_seq, created_at)
    SELECT uid, name, 1, 1, created_at FROM station WHERE id = 1;

-- Names recorded by earlier versions that are not this laptop's station get an identity of their own.
INSERT OR IGNORE INTO stations (uid, name, local, next_seq, created_at)
    SELECT lower(hex(randomblob(16))), station, 1, 1, MIN(at) FROM (
        SELECT station, at FROM checkins
        UNION ALL SELECT station, at FROM checkin_undos
        UNION ALL SELECT station, at FROM revoked_codes
        UNION ALL SELECT station, at FROM badge_prints
        UNION ALL SELECT station, at FROM scan_log
    ) GROUP BY station;

-- Sessions get a uuid so that journals and packages can name them.
ALTER TABLE sessions ADD COLUMN uid TEXT;
UPDATE sessions SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;
CREATE UNIQUE INDEX sessions_uid ON sessions (uid);
ALTER TABLE sessions ADD COLUMN version TEXT NOT NULL DEFAULT '';

-- Attendees: which version (walk-in or edit snapshot) their row shows; '' = as imported.
ALTER TABLE attendees ADD COLUMN version TEXT NOT NULL DEFAULT '';

-- Check-ins: station identity and sequence; undone-ness is derived from checkin_undos.
ALTER TABLE checkins ADD COLUMN station_uid TEXT;
ALTER TABLE checkins ADD COLUMN seq INTEGER;
ALTER TABLE checkins DROP COLUMN undone_by;

ALTER TABLE checkin_undos ADD COLUMN station_uid TEXT;
ALTER TABLE checkin_undos ADD COLUMN seq INTEGER;

-- Badge prints: rebuilt so that a print merged before its walk-in (attendee_id NULL until the
-- walk-in's own journal arrives) can be kept.
CREATE TABLE badge_prints_new (
    id          INTEGER PRIMARY KEY,
    attendee_id INTEGER REFERENCES attendees (id),
    code        TEXT NOT NULL,
    at          TEXT NOT NULL,
    station     TEXT NOT NULL,
    output      TEXT NOT NULL DEFAULT '',
    uid         TEXT,
    station_uid TEXT,
    seq         INTEGER,
    attendee_uid TEXT
);
INSERT INTO badge_prints_new (id, attendee_id, code, at, station, output, attendee_uid)
    SELECT p.id, p.attendee_id, p.code, p.at, p.station, p.output, a.uid
    FROM badge_prints p LEFT JOIN attendees a ON a.id = p.attendee_id;
DROP INDEX badge_prints_attendee;
DROP TABLE badge_prints;
ALTER TABLE badge_prints_new RENAME TO badge_prints;
CREATE INDEX badge_prints_attendee ON badge_prints (attendee_id, at);

ALTER TABLE scan_log ADD COLUMN station_uid TEXT;

-- Revocations: one row per revocation (two stations may revoke the same code;
-- the earliest by (at, station_uid, seq) is the one that counts, none is lost).
CREATE TABLE revocations (
    uid         TEXT PRIMARY KEY,
    code        TEXT NOT NULL,
    attendee_id INTEGER REFERENCES attendees (id),
    attendee_uid TEXT,
    at          TEXT NOT NULL,
    station     TEXT NOT NULL,
    station_uid TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    reason      TEXT NOT NULL DEFAULT ''
);

-- Walk-ins, attendee edits and session changes made at a station, as snapshots.
CREATE TABLE versions (
    uid         TEXT PRIMARY KEY,
    station_uid TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('attendee', 'session')),
    target_uid  TEXT NOT NULL,
    data        TEXT NOT NULL             -- JSON snapshot of the row's fields
);
CREATE INDEX versions_target ON versions (kind, target_uid);
CREATE UNIQUE INDEX versions_station_seq ON versions (station_uid, seq);

-- Sequence numbers for what earlier versions recorded: per station, in time order.
CREATE TEMP TABLE _legacy AS
    SELECT 'checkins' AS t, rowid AS r, station, at FROM checkins
    UNION ALL SELECT 'checkin_undos', rowid, station, at FROM checkin_undos
    UNION ALL SELECT 'revoked_codes', rowid, station, at FROM revoked_codes
    UNION ALL SELECT 'badge_prints', rowid, station, at FROM badge_prints;
CREATE TEMP TABLE _legacy_seq AS
    SELECT t, r, s.uid AS station_uid, ROW_NUMBER() OVER (PARTITION BY l.station ORDER BY l.at, l.t, l.r) AS seq
    FROM _legacy l JOIN stations s ON s.name = l.station;
CREATE UNIQUE INDEX temp._legacy_seq_key ON _legacy_seq (t, r);

UPDATE checkins SET
    station_uid = (SELECT station_uid FROM _legacy_seq WHERE t = 'checkins' AND r = checkins.rowid),
    seq = (SELECT seq FROM _legacy_seq WHERE t = 'checkins' AND r = checkins.rowid);
UPDATE checkin_undos SET
    station_uid = (SELECT station_uid FROM _legacy_seq WHERE t = 'checkin_undos' AND r = checkin_undos.rowid),
    seq = (SELECT seq FROM _legacy_seq WHERE t = 'checkin_undos' AND r = checkin_undos.rowid);
UPDATE badge_prints SET
    uid = lower(hex(randomblob(16))),
    station_uid = (SELECT station_uid FROM _legacy_seq WHERE t = 'badge_prints' AND r = badge_prints.rowid),
    seq = (SELECT seq FROM _legacy_seq WHERE t = 'badge_prints' AND r = badge_prints.rowid);
INSERT INTO revocations (uid, code, attendee_id, attendee_uid, at, station, station_uid, seq, reason)
    SELECT lower(hex(randomblob(16))), v.code, v.attendee_id, (SELECT uid FROM attendees WHERE id = v.attendee_id),
           v.at, v.station, q.station_uid, q.seq, v.reason
    FROM revoked_codes v JOIN _legacy_seq q ON q.t = 'revoked_codes' AND q.r = v.rowid;
UPDATE scan_log SET station_uid = (SELECT uid FROM stations WHERE name = scan_log.station);
UPDATE stations SET next_seq = 1 + COALESCE(
    (SELECT MAX(seq) FROM _legacy_seq WHERE station_uid = stations.uid), 0);
DROP TABLE _legacy;
DROP TABLE _legacy_seq;
DROP TABLE revoked_codes;

CREATE UNIQUE INDEX checkins_station_seq ON checkins (station_uid, seq);
CREATE UNIQUE INDEX checkin_undos_station_seq ON checkin_undos (station_uid, seq);
CREATE INDEX checkin_undos_checkin ON checkin_undos (checkin_id);
CREATE UNIQUE INDEX badge_prints_station_seq ON badge_prints (station_uid, seq);
CREATE UNIQUE INDEX revocations_station_seq ON revocations (station_uid, seq);
CREATE INDEX revocations_code ON revocations (code, at);
CREATE INDEX revocations_attendee ON revocations (attendee_id);
-- Rows merged before their attendee (a walk-in registered at a third desk): few, found when it arrives.
CREATE INDEX checkins_unlinked ON checkins (attendee_uid) WHERE attendee_id IS NULL;
CREATE INDEX badge_prints_unlinked ON badge_prints (attendee_uid) WHERE attendee_id IS NULL;
CREATE INDEX revocations_unlinked ON revocations (attendee_uid) WHERE attendee_id IS NULL;

-- The check-ins that count: every check-in with no undo row.
CREATE VIEW live_checkins AS
    SELECT c.* FROM checkins c
    WHERE NOT EXISTS (SELECT 1 FROM checkin_undos u WHERE u.checkin_id = c.id);

-- Journals merged into this file: how far each station's journal has been applied.
CREATE TABLE journal_progress (
    station_uid TEXT PRIMARY KEY,
    last_seq    INTEGER NOT NULL,
    merged_at   TEXT NOT NULL,
    written_at  TEXT,                     -- the journal's own clock when it was written
    file        TEXT NOT NULL DEFAULT ''
);

-- Clock offsets seen between stations (a station far from the others is a conflict).
CREATE TABLE clock_observations (
    observer_uid TEXT NOT NULL,
    observed_uid TEXT NOT NULL,
    offset_s     REAL NOT NULL,           -- observed clock minus observer clock, seconds
    at           TEXT NOT NULL,
    PRIMARY KEY (observer_uid, observed_uid)
);
