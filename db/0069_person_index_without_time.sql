-- The person index loses its third column (issue 12): (attendee_id, session_id, at) becomes
-- (attendee_id, session_id).
--
-- Every admission writes an entry of this index at the page of its person: a random page of
-- a tree as big as the log. With the time in it an entry took about 40 bytes, and at a
-- congress (a million check-ins) the tree outgrew the page cache: the entrance decision read
-- a cold page and split one more often, and its p95 was 1.8-2.1x a bare insert (the target
-- is 2x). Without the time an entry takes about 10 bytes; the same runs read 1.55 and 1.58x
-- (docs/BENCHMARKS.md, fifth session). What looked a person up by (person, checkpoint, time)
-- still finds the person's rows at that checkpoint through the index -- a handful -- and
-- checks the time on them; orderings by time sort that handful.

DROP INDEX checkins_attendee;
CREATE INDEX checkins_attendee ON checkins (attendee_id, session_id);
