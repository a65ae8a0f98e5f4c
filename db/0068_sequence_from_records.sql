-- A station's sequence numbers come from its own records (issue 12).
--
-- A new record takes one more than the highest number among the station's records, or than
-- the floor kept in stations.next_seq, whichever is higher. A scan therefore writes no row of
-- `stations`: one page fewer to write and sync for every admission (docs/BENCHMARKS.md).
-- Numbers stay dense and are never reused: every record is written in the transaction that
-- numbers it, and whatever deletes records (a purge) raises the floor first.
--
-- stations.next_seq stays as that floor: merges, packages and purges raise it. A checkin older
-- than this step would take the floor for the next number and reuse numbers; the schema step
-- it does not know makes it refuse to write the file (guard.check_versions).
CREATE VIEW station_seqs AS
SELECT s.uid, s.name, s.local, s.created_at,
       MAX(s.next_seq - 1,
           COALESCE((SELECT MAX(seq) FROM checkins WHERE station_uid = s.uid), 0),
           COALESCE((SELECT MAX(seq) FROM checkin_undos WHERE station_uid = s.uid), 0),
           COALESCE((SELECT MAX(seq) FROM badge_prints WHERE station_uid = s.uid), 0),
           COALESCE((SELECT MAX(seq) FROM revocations WHERE station_uid = s.uid), 0),
           COALESCE((SELECT MAX(seq) FROM versions WHERE station_uid = s.uid), 0)) AS last_seq
  FROM stations s;
