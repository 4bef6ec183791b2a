-- An event's actors by its id (issue 19): rewriting a merged event deletes its actor rows, and
-- deleting the events row makes the database check that no actor row names it. Without this
-- index both scanned the whole table, once per event written: an ingest slowed down with the
-- size of the store.
CREATE INDEX event_actors_event ON event_actors(event_id);
