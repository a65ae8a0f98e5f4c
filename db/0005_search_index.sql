-- A trigram index over attendees.search_key, so that finding a name among 100,000
-- attendees reads a few index pages instead of every row (substring match, the
-- same meaning as instr(search_key, word) > 0, for words of 3 characters or more).
-- External content: the text lives once, in attendees; triggers keep the index in step.

CREATE VIRTUAL TABLE attendee_search USING fts5(
    search_key, content = 'attendees', content_rowid = 'id', tokenize = 'trigram'
);

CREATE TRIGGER attendee_search_insert AFTER INSERT ON attendees BEGIN
    INSERT INTO attendee_search (rowid, search_key) VALUES (new.id, new.search_key);
END;

CREATE TRIGGER attendee_search_delete AFTER DELETE ON attendees BEGIN
    INSERT INTO attendee_search (attendee_search, rowid, search_key) VALUES ('delete', old.id, old.search_key);
END;

CREATE TRIGGER attendee_search_update AFTER UPDATE OF search_key ON attendees BEGIN
    INSERT INTO attendee_search (attendee_search, rowid, search_key) VALUES ('delete', old.id, old.search_key);
    INSERT INTO attendee_search (rowid, search_key) VALUES (new.id, new.search_key);
END;

-- Index the attendees already in the file.
INSERT INTO attendee_search (attendee_search) VALUES ('rebuild');
