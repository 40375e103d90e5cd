-- Migration 2: clients, their consultations, and what happened to each consultation.
CREATE TABLE clients (
    id            TEXT PRIMARY KEY,
    first_name    TEXT NOT NULL,
    last_name     TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    phone         TEXT,
    email         TEXT,
    first_key     TEXT NOT NULL,
    last_key      TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX clients_by_name ON clients (last_key, first_key, date_of_birth);
CREATE INDEX clients_by_birth ON clients (date_of_birth);

-- Search-as-you-type: every folded name word and phone digit run, matched by prefix on an index. Each row carries
-- the client's name-order sort key, so the first 50 matches in name order come straight from the index.
CREATE TABLE client_tokens (
    token     TEXT NOT NULL,
    sort_key  TEXT NOT NULL,
    client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    PRIMARY KEY (token, sort_key, client_id)
) WITHOUT ROWID;
CREATE INDEX client_tokens_by_client ON client_tokens (client_id, token);

CREATE TABLE consultations (
    id                 TEXT PRIMARY KEY,
    client_id          TEXT REFERENCES clients (id),
    consulted_on       TEXT,
    practitioner       TEXT,
    status             TEXT NOT NULL CHECK (status IN ('DRAFT', 'FINAL')),
    intake_json        TEXT NOT NULL,
    plan_json          TEXT,
    overrides_json     TEXT NOT NULL DEFAULT '[]',
    catalog_version    TEXT,
    engine_version     TEXT,
    corrects_id        TEXT REFERENCES consultations (id),
    goodman_grade      INTEGER,
    main_concerns      TEXT,
    top_recommendation TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK (status = 'DRAFT' OR (client_id IS NOT NULL AND plan_json IS NOT NULL))
);
CREATE INDEX consultations_by_client ON consultations (client_id, consulted_on DESC);
CREATE INDEX consultations_by_update ON consultations (updated_at DESC);
CREATE INDEX consultations_by_status ON consultations (status);

CREATE TRIGGER final_consultation_is_read_only BEFORE UPDATE ON consultations
WHEN OLD.status = 'FINAL'
BEGIN
    SELECT RAISE(ABORT, 'a final consultation is read-only');
END;

CREATE TRIGGER final_consultation_is_kept BEFORE DELETE ON consultations
WHEN OLD.status = 'FINAL'
BEGIN
    SELECT RAISE(ABORT, 'a final consultation cannot be deleted');
END;

CREATE TABLE consultation_events (
    id              INTEGER PRIMARY KEY,
    consultation_id TEXT NOT NULL REFERENCES consultations (id),
    kind            TEXT NOT NULL,
    actor           TEXT,
    detail          TEXT,
    at              TEXT NOT NULL
);
CREATE INDEX consultation_events_by_consultation ON consultation_events (consultation_id, at);
