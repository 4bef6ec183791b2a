-- Events an analyst joined or split (issue 15): the id that left answers with the ids that
-- replaced it. A split retires the event and gives each part a new id; a join keeps the
-- named event's id and retires the others. kind is split or joined; at as in event_revisions.
CREATE TABLE event_replacements (
    event_id    TEXT NOT NULL,
    replaced_by TEXT NOT NULL,
    kind        TEXT NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (event_id, replaced_by)
);
