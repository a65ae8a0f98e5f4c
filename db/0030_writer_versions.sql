-- Which versions of checkin wrote to this file. An older checkin that finds schema steps it
-- does not know refuses the file and names the version it needs (the newest one listed here).
CREATE TABLE writer_versions (
    version   TEXT PRIMARY KEY,
    first_at  TEXT NOT NULL
);
