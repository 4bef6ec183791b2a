-- Reports and merged events (issue 15). A report is one document's own event as the pipeline
-- extracted it; an event (the events table and its bodies, actors, mentions, sources) is the
-- merge of its reports across documents and outlets. Each ingest merges its reports into the
-- stored events with EventMerger's rules, oldest event first, so the store holds what one
-- merge over every report in arrival order gives. An event keeps the id of its first report.
-- seq is the arrival order of reports (the order the merge tried them in); reasons is why a
-- report joined its event (JSON list; null for an event's first report); day_num the epoch
-- day of the report's own date, the candidate look-up key with event_class and the place keys
-- (place_id, location_ar, admin2: two reports of different documents agree only when one of
-- them is the same).
CREATE TABLE reports (
    seq         BIGINT NOT NULL UNIQUE,
    id          TEXT PRIMARY KEY,
    event_id    TEXT NOT NULL,
    doc         TEXT NOT NULL REFERENCES documents(id),
    story       INTEGER NOT NULL,
    event_class TEXT NOT NULL,
    day_num     BIGINT,
    place_id    TEXT,
    location_ar TEXT,
    admin2      TEXT,
    reasons     TEXT,
    body        TEXT NOT NULL
);
CREATE INDEX reports_class_day ON reports(event_class, day_num);
CREATE INDEX reports_event ON reports(event_id, seq);
CREATE INDEX reports_doc ON reports(doc);

-- how many sources (doc, outlet, published) an event has, for the min_sources filter
ALTER TABLE events ADD COLUMN source_count INTEGER NOT NULL DEFAULT 1;
CREATE INDEX events_sources ON events(source_count);

-- Every change to an event is a revision (issue 15): created by a report, a source joined (the
-- figures and fields it changed), a field corrected by an analyst (author and reason). body is
-- the event record as it stood after the revision, so the database as of a time is the last
-- revision of each event at or before it. at is UTC, yyyy-MM-ddTHH:mm:ss.SSSZ (sorts as text).
CREATE TABLE event_revisions (
    event_id TEXT NOT NULL,
    rev      INTEGER NOT NULL,
    at       TEXT NOT NULL,
    kind     TEXT NOT NULL,
    doc      TEXT,
    author   TEXT,
    reason   TEXT,
    changes  TEXT,
    body     TEXT NOT NULL,
    PRIMARY KEY (event_id, rev)
);
CREATE INDEX event_revisions_at ON event_revisions(at, event_id);

-- Fields an analyst corrected (value as JSON): applied over every later automatic merge.
CREATE TABLE event_corrections (
    event_id TEXT NOT NULL,
    field    TEXT NOT NULL,
    value    TEXT,
    PRIMARY KEY (event_id, field)
);
