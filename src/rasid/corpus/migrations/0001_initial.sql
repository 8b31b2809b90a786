-- rasid store, schema 1. One script for SQLite and PostgreSQL: portable types only
-- (TEXT, INTEGER, DOUBLE PRECISION); JSON columns are TEXT (PostgreSQL: cast with ::jsonb).
-- Spans are [start, end) in code points of documents.original.

CREATE TABLE documents (
    id          TEXT PRIMARY KEY,          -- the article id; events are '<id>#e1'
    hash        TEXT NOT NULL UNIQUE,      -- sha256 of the input record: re-ingest is a no-op
    source      TEXT,
    url         TEXT,
    title       TEXT,
    published   TEXT,                      -- ISO date
    language    TEXT,
    origin      TEXT,                      -- file:line it was read from
    original    TEXT NOT NULL,             -- the input text, which every span points into
    text        TEXT NOT NULL,             -- the repaired text (contract "text")
    contract    TEXT NOT NULL              -- the whole contract object as JSON
);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE repairs (
    doc_id      TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    n           INTEGER NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    original    TEXT NOT NULL,
    repaired    TEXT NOT NULL,
    kind        TEXT,
    PRIMARY KEY (doc_id, n)
);

CREATE TABLE places (
    doc_id        TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id            TEXT NOT NULL,
    name          TEXT,
    name_ar       TEXT,
    lat           DOUBLE PRECISION,
    lon           DOUBLE PRECISION,
    admin1        TEXT,
    admin2        TEXT,
    admin3        TEXT,
    geo_precision INTEGER,
    gazetteer_id  TEXT,
    kind          TEXT,
    abroad        INTEGER NOT NULL DEFAULT 0,
    spans         TEXT,                    -- JSON [[s, e], ...]
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX places_admin1 ON places (admin1);

CREATE TABLE claims (
    doc_id         TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id             TEXT NOT NULL,
    speaker_name   TEXT,
    speaker_title  TEXT,
    speaker_role   TEXT,
    speaker_org    TEXT,
    speaker_org_ar TEXT,
    speaker_start  INTEGER,
    speaker_end    INTEGER,
    cue            TEXT,
    cue_start      INTEGER,
    cue_end        INTEGER,
    stance         TEXT NOT NULL,
    content        TEXT,
    content_start  INTEGER,
    content_end    INTEGER,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX claims_org ON claims (speaker_org);

CREATE TABLE claim_targets (
    doc_id       TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    claim_id     TEXT NOT NULL,
    n            INTEGER NOT NULL,
    org          TEXT,                     -- whose claim the denial answers
    target_claim TEXT,                     -- claim id in the same document, if known
    PRIMARY KEY (doc_id, claim_id, n)
);

CREATE TABLE events (
    uid            TEXT PRIMARY KEY,       -- '<doc_id>#<event id>'
    doc_id         TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id             TEXT NOT NULL,
    event_type     TEXT NOT NULL,
    sub_event_type TEXT,
    date           TEXT,
    time_precision INTEGER,
    day            TEXT,                   -- date, or the publication date when date is null
    place_id       TEXT,
    actor1         TEXT,
    actor2         TEXT,
    assoc_actors   TEXT,                   -- JSON list
    claimed_by     TEXT,                   -- JSON list
    evidence       TEXT,                   -- JSON [[s, e], ...]
    cluster        TEXT NOT NULL,          -- linked event id: the smallest member uid
    linked         INTEGER NOT NULL DEFAULT 0   -- 1 once `rasid link` has compared it
);
CREATE INDEX events_type_day ON events (event_type, day);
CREATE INDEX events_cluster ON events (cluster);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_linked ON events (linked);

CREATE TABLE fatalities (
    doc_id      TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    event_id    TEXT NOT NULL,
    n           INTEGER NOT NULL,          -- 1-based position in the event's list
    event_uid   TEXT NOT NULL,
    count       INTEGER,
    qualifier   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    victims     TEXT,
    claimed_by  TEXT,
    claim_id    TEXT,
    span_start  INTEGER,
    span_end    INTEGER,
    PRIMARY KEY (doc_id, event_id, n)
);
CREATE INDEX fatalities_event ON fatalities (event_uid);

-- Pairs of events `rasid link` judged to report the same event (a < b), with why.
CREATE TABLE links (
    a       TEXT NOT NULL,
    b       TEXT NOT NULL,
    kind    TEXT NOT NULL,                 -- 'same_event'
    detail  TEXT,                          -- JSON: distance_km, same_admin3, days apart
    PRIMARY KEY (a, b, kind)
);
CREATE INDEX links_b ON links (b);

-- Contradictions inside one linked event, between two sources.
CREATE TABLE contradictions (
    cluster TEXT NOT NULL,                 -- the linked event
    kind    TEXT NOT NULL,                 -- 'denial' | 'figures'
    a       TEXT NOT NULL,                 -- 'doc#c2' (the denial) or 'doc#e1/f1' (a figure)
    b       TEXT NOT NULL,                 -- 'doc#c1' / 'doc#e1' (the denied) or 'doc#e2/f1'
    detail  TEXT,                          -- JSON: who, what, the two figures
    PRIMARY KEY (cluster, kind, a, b)
);
