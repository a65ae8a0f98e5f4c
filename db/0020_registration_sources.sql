-- Issue 10: what registration tools say about people that the first schema could not hold.

-- A registration not settled yet: NULL = none; 'payment' = unpaid / awaiting payment;
-- 'approval' = awaiting the organisers' approval. The desk refuses it with that reason
-- until an organiser confirms (sets it back to NULL). Kept apart from attendees.status
-- (registered/cancelled) so that the status CHECK constraint, the FTS triggers and the
-- foreign keys on attendees stay untouched: adding a column needs no table rebuild.
ALTER TABLE attendees ADD COLUMN pending TEXT CHECK (pending IN ('payment', 'approval'));

-- The ticket codes people already hold from the registration tool (pretix secret,
-- Eventbrite barcode, Tito reference...): each admits its holder like their badge code.
CREATE TABLE code_aliases (
    code        TEXT PRIMARY KEY,          -- exactly as the tool wrote it (case matters)
    attendee_id INTEGER NOT NULL REFERENCES attendees (id) ON DELETE CASCADE,
    source      TEXT NOT NULL DEFAULT ''   -- which tool / file it came from
);
CREATE INDEX code_aliases_attendee ON code_aliases (attendee_id);

-- Column mappings an organiser confirmed, remembered for files with the same headers.
CREATE TABLE import_mappings (
    header_key  TEXT PRIMARY KEY,          -- the folded header cells, joined with '|'
    mapping     TEXT NOT NULL,             -- JSON {folded header: field or "ignore"}
    saved_at    TEXT NOT NULL
);

-- Matching a re-imported row by e-mail ignoring case, without reading every attendee.
CREATE INDEX attendees_email_lower ON attendees (lower(email));
