-- The first schema of an event file. Times are UTC ISO-8601 strings ending in "Z"
-- (they sort as text); session start/end are converted from the event's time zone.

-- One row: the event this file is for.
CREATE TABLE event (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    uid         TEXT NOT NULL,            -- random id, stable across stations
    name        TEXT NOT NULL,
    date        TEXT,                     -- YYYY-MM-DD (first day)
    venue       TEXT,
    timezone    TEXT NOT NULL,            -- IANA name, e.g. Africa/Casablanca
    code_tag    TEXT NOT NULL,            -- short public tag scoping badge codes
    code_key    TEXT NOT NULL,            -- hex secret that signs badge codes
    created_at  TEXT NOT NULL
);

-- One row: who this laptop is.
CREATE TABLE station (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    uid         TEXT NOT NULL,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    external_id TEXT UNIQUE,
    title       TEXT NOT NULL,
    room        TEXT,
    starts_at   TEXT,
    ends_at     TEXT,
    capacity    INTEGER,
    restricted  INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1))
);

CREATE TABLE attendees (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,    -- stable across stations (walk-ins too)
    external_id  TEXT,                    -- order/attendee number from the source tool
    first_name   TEXT NOT NULL DEFAULT '',
    last_name    TEXT NOT NULL DEFAULT '',
    full_name    TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    category     TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'cancelled')),
    code         TEXT UNIQUE,             -- current badge code
    source       TEXT NOT NULL DEFAULT 'import',  -- import | walkin | demo | manual
    search_key   TEXT NOT NULL DEFAULT '',-- folded name + organisation + email, for search
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX attendees_external_id ON attendees (external_id);
CREATE INDEX attendees_email ON attendees (email);
CREATE INDEX attendees_last_name ON attendees (last_name, first_name);

-- Who may enter a restricted session.
CREATE TABLE session_access (
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    attendee_id INTEGER NOT NULL REFERENCES attendees (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, attendee_id)
);

-- Append-only log of admissions. A row is never deleted; an undo is a row in
-- checkin_undos and marks the check-in through undone_by.
CREATE TABLE checkins (
    id          TEXT PRIMARY KEY,         -- uuid, unique across stations
    attendee_id INTEGER REFERENCES attendees (id),
    attendee_uid TEXT,                    -- stable reference for merging
    code        TEXT,                     -- the badge code scanned (NULL for manual)
    session_id  INTEGER REFERENCES sessions (id),  -- NULL = the event entrance
    direction   TEXT NOT NULL DEFAULT 'in' CHECK (direction IN ('in', 'out')),
    at          TEXT NOT NULL,
    station     TEXT NOT NULL,
    method      TEXT NOT NULL CHECK (method IN ('camera', 'scanner', 'manual')),
    undone_by   TEXT                      -- id of the checkin_undos row
);
CREATE INDEX checkins_attendee ON checkins (attendee_id, session_id, at);
CREATE INDEX checkins_code ON checkins (code);
CREATE INDEX checkins_at ON checkins (at);

CREATE TABLE checkin_undos (
    id          TEXT PRIMARY KEY,
    checkin_id  TEXT NOT NULL REFERENCES checkins (id),
    at          TEXT NOT NULL,
    station     TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT ''
);

-- Every scan attempt, the failed ones too.
CREATE TABLE scan_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    station     TEXT NOT NULL,
    session_id  INTEGER,
    method      TEXT NOT NULL,
    raw_code    TEXT NOT NULL,
    status      TEXT NOT NULL,            -- accepted | duplicate | refused | unknown | invalid
    attendee_id INTEGER,
    checkin_id  TEXT,
    message     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX scan_log_at ON scan_log (at);

-- Revoked badge codes (lost, replaced).
CREATE TABLE revoked_codes (
    code        TEXT PRIMARY KEY,
    attendee_id INTEGER REFERENCES attendees (id),
    at          TEXT NOT NULL,
    station     TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT ''
);

-- What was printed when, so a desk does not print a badge twice by accident.
CREATE TABLE badge_prints (
    id          INTEGER PRIMARY KEY,
    attendee_id INTEGER NOT NULL REFERENCES attendees (id),
    code        TEXT NOT NULL,
    at          TEXT NOT NULL,
    station     TEXT NOT NULL,
    output      TEXT NOT NULL DEFAULT ''  -- pdf | png | printer, and the layout
);
CREATE INDEX badge_prints_attendee ON badge_prints (attendee_id, at);
