-- Issue 10: the admission rules pretix enforces per check-in list, per session here.

-- Admitted from this many minutes before the start until the end; NULL = any time
-- (files made before this migration keep their behaviour).
ALTER TABLE sessions ADD COLUMN admit_minutes_before INTEGER
    CHECK (admit_minutes_before IS NULL OR admit_minutes_before >= 0);
-- 1: someone who scanned out may come back in; 0: leaving is final (unless an organiser overrides).
ALTER TABLE sessions ADD COLUMN entry_after_exit INTEGER NOT NULL DEFAULT 1 CHECK (entry_after_exit IN (0, 1));
-- 1: a second entry scan without an exit admits again (a day pass); 0: it is a duplicate.
ALTER TABLE sessions ADD COLUMN multiple_entries INTEGER NOT NULL DEFAULT 0 CHECK (multiple_entries IN (0, 1));
