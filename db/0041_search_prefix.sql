-- A word-prefix index over attendees.search_key, so that a 2-letter word typed at the
-- desk ("he", "أح") is answered from an index too: the trigram index of
-- 0005_search_index.sql cannot hold anything shorter than three characters.
-- FTS5 with prefix = '2' keeps the first two characters of every word of every key; a
-- 2-letter query word matches the start of a word ("he" finds Hélène and Henri, not
-- Stephen). External content, kept in step by triggers like attendee_search.

CREATE VIRTUAL TABLE attendee_words USING fts5(
    search_key, content = 'attendees', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0', prefix = '2'
);

CREATE TRIGGER attendee_words_insert AFTER INSERT ON attendees BEGIN
    INSERT INTO attendee_words (rowid, search_key) VALUES (new.id, new.search_key);
END;

CREATE TRIGGER attendee_words_delete AFTER DELETE ON attendees BEGIN
    INSERT INTO attendee_words (attendee_words, rowid, search_key) VALUES ('delete', old.id, old.search_key);
END;

CREATE TRIGGER attendee_words_update AFTER UPDATE OF search_key ON attendees BEGIN
    INSERT INTO attendee_words (attendee_words, rowid, search_key) VALUES ('delete', old.id, old.search_key);
    INSERT INTO attendee_words (rowid, search_key) VALUES (new.id, new.search_key);
END;

-- The name order of every list and search result, from an index rather than a sort.
CREATE INDEX attendees_name ON attendees (full_name COLLATE NOCASE, id);

INSERT INTO attendee_words (attendee_words) VALUES ('rebuild');
