-- Migration 6: photos of consultations, the client's photo consent, and the treatment sessions performed.

-- Photo consent is separate from treatment consent: each yes or withdrawal is a row, the current state their sum.
CREATE TABLE photo_consent_events (
    id        INTEGER PRIMARY KEY,
    client_id TEXT NOT NULL,
    kind      TEXT NOT NULL,
    actor     TEXT,
    detail    TEXT,
    at        TEXT NOT NULL
);
CREATE INDEX photo_consent_events_by_client ON photo_consent_events (client_id, at);

-- The original file is photos/<id>.<format> in the data folder, unchanged; a deleted photo keeps its row (and its
-- hash) for the record, its files are gone.
CREATE TABLE photos (
    id              TEXT PRIMARY KEY,
    consultation_id TEXT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    view            TEXT NOT NULL,
    zone            TEXT,
    taken_on        TEXT,
    added_at        TEXT NOT NULL,
    format          TEXT NOT NULL CHECK (format IN ('jpg', 'png')),
    bytes           INTEGER NOT NULL,
    sha256          TEXT NOT NULL,
    width           INTEGER NOT NULL,
    height          INTEGER NOT NULL,
    orientation     INTEGER NOT NULL DEFAULT 1,
    deleted_at      TEXT
);
CREATE INDEX photos_by_consultation ON photos (consultation_id, added_at);

CREATE TABLE photo_events (
    id       INTEGER PRIMARY KEY,
    photo_id TEXT NOT NULL REFERENCES photos (id) ON DELETE CASCADE,
    kind     TEXT NOT NULL,
    actor    TEXT,
    detail   TEXT,
    at       TEXT NOT NULL
);
CREATE INDEX photo_events_by_photo ON photo_events (photo_id, at);

-- A session is read-only once saved; a correction is a new row naming the one it corrects (at most one each).
CREATE TABLE treatment_sessions (
    id                 TEXT PRIMARY KEY,
    consultation_id    TEXT NOT NULL REFERENCES consultations (id),
    performed_on       TEXT NOT NULL,
    treatment          TEXT NOT NULL,
    practitioner       TEXT NOT NULL,
    zones              TEXT NOT NULL,
    device             TEXT NOT NULL,
    settings_json      TEXT NOT NULL,
    filler_product     TEXT NOT NULL,
    filler_lot         TEXT NOT NULL,
    anaesthetic        TEXT NOT NULL,
    immediate_reaction TEXT NOT NULL,
    notes              TEXT NOT NULL,
    corrects_id        TEXT REFERENCES treatment_sessions (id),
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT
);
CREATE INDEX treatment_sessions_by_consultation ON treatment_sessions (consultation_id, performed_on);
CREATE UNIQUE INDEX treatment_sessions_by_correction ON treatment_sessions (corrects_id);

CREATE TRIGGER treatment_session_is_read_only BEFORE UPDATE ON treatment_sessions
BEGIN
    SELECT RAISE(ABORT, 'a treatment session is read-only');
END;

-- Worded apart from the final consultation's refusals, which StoreException turns into their own sentence.
CREATE TRIGGER treatment_session_is_kept BEFORE DELETE ON treatment_sessions
BEGIN
    SELECT RAISE(ABORT, 'a treatment session is never deleted');
END;
