-- Who organises the event, as printed on the attendance report and the
-- certificates of attendance: a name, the person who signs, the language the
-- documents are written in, and optional logo and signature images (PNG or
-- JPEG bytes, kept in the event file so every laptop prints the same).
CREATE TABLE organiser (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL DEFAULT '',
    signatory   TEXT NOT NULL DEFAULT '',   -- e.g. "Jean Dupont, Director"
    language    TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr', 'ar')),
    logo        BLOB,
    signature   BLOB,
    updated_at  TEXT NOT NULL
);
