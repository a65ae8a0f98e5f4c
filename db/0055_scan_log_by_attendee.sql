-- A person's history (checkin.store.listing.attendee_history, the attendee panel's
-- "History…") reads their scan-log lines. The log had only an index on time, which no
-- query reads by range, so the history scanned every scan ever made: a few ms at a
-- seminar, half a second on the window's thread at a congress of a million scans.
-- The index on time gives way to one on the person, in time order: a scan still writes
-- one index entry.
DROP INDEX scan_log_at;
CREATE INDEX scan_log_attendee ON scan_log (attendee_id, at);
