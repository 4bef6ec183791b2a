-- Rasid event store, one script for SQLite and PostgreSQL: the few dialect differences are
-- Flyway placeholders filled in by org.rasid.store.Dialect; everything else is the same SQL.
-- seq orders documents by arrival: the Lucene index records the last seq it holds, so a
-- crash between the SQL commit and the index commit is repaired on the next open.
CREATE TABLE documents (
    seq          ${seq_key},
    id           TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    source       TEXT,
    title        TEXT,
    url          TEXT,
    outlet       TEXT,
    published    TEXT,
    charset      TEXT,
    text         TEXT NOT NULL,
    warnings     TEXT,
    ingested_at  TEXT NOT NULL
);

CREATE TABLE stories (
    doc          TEXT NOT NULL REFERENCES documents(id),
    idx          INTEGER NOT NULL,
    title        TEXT,
    section      TEXT,
    dateline     TEXT,
    outlet       TEXT,
    published    TEXT,
    start_off    INTEGER NOT NULL,
    end_off      INTEGER NOT NULL,
    duplicate_of INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
);

CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    doc            TEXT NOT NULL REFERENCES documents(id),
    story          INTEGER NOT NULL,
    acled_type     TEXT,
    acled_sub_type TEXT,
    cameo          TEXT,
    event_class    TEXT NOT NULL,
    actor1         TEXT,
    actor2         TEXT,
    location_ar    TEXT,
    admin1         TEXT,
    admin2         TEXT,
    latitude       DOUBLE PRECISION,
    longitude      DOUBLE PRECISION,
    event_date     TEXT,
    event_day      TEXT,
    fatalities     INTEGER,
    confidence     DOUBLE PRECISION NOT NULL
);
CREATE INDEX events_day ON events(event_day, id);
CREATE INDEX events_admin1_day ON events(admin1, event_day, id);
CREATE INDEX events_class_day ON events(event_class, event_day, id);
CREATE INDEX events_admin2 ON events(admin2);
CREATE INDEX events_doc ON events(doc, story);
CREATE INDEX events_latlon ON events(latitude, longitude);

-- the full event record (JSON), apart so that filtering scans a narrow table
CREATE TABLE event_bodies (
    event_id TEXT PRIMARY KEY REFERENCES events(id),
    body     TEXT NOT NULL
);

-- every actor on either side, for the actor filter
CREATE TABLE event_actors (
    actor    TEXT NOT NULL,
    event_id TEXT NOT NULL REFERENCES events(id),
    PRIMARY KEY (actor, event_id)
);

CREATE TABLE mentions (
    event_id  TEXT NOT NULL REFERENCES events(id),
    role      TEXT NOT NULL,
    start_off INTEGER NOT NULL,
    end_off   INTEGER NOT NULL,
    text      TEXT
);
CREATE INDEX mentions_event ON mentions(event_id);

CREATE TABLE sources (
    event_id  TEXT NOT NULL REFERENCES events(id),
    doc       TEXT NOT NULL,
    story     INTEGER NOT NULL,
    outlet    TEXT,
    published TEXT,
    url       TEXT
);
CREATE INDEX sources_event ON sources(event_id);
CREATE INDEX sources_outlet ON sources(outlet, event_id);
