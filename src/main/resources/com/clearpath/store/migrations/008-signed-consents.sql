-- Migration 8: informed consents the client signed for treatments, separate from photo consent.

-- A signed consent is never changed or deleted: the document (consents/<id>.pdf in the data folder) is checked
-- against sha256, and a withdrawal is a row of its own. text_versions lists each treatment with its text's version
-- ("MICRONEEDLING=built-in/1,SUBCISION=clinic/3").
CREATE TABLE signed_consents (
    id                  TEXT PRIMARY KEY,
    consultation_id     TEXT NOT NULL REFERENCES consultations (id),
    client_id           TEXT NOT NULL,
    treatments          TEXT NOT NULL,
    text_versions       TEXT NOT NULL,
    language            TEXT NOT NULL,
    signed_at           TEXT NOT NULL,
    client_name         TEXT NOT NULL,
    practitioner_name   TEXT NOT NULL,
    practitioner_signed INTEGER NOT NULL,
    file                TEXT NOT NULL,
    sha256              TEXT NOT NULL,
    bytes               INTEGER NOT NULL,
    recorded_by         TEXT
);
CREATE INDEX signed_consents_by_client ON signed_consents (client_id, signed_at);
CREATE INDEX signed_consents_by_consultation ON signed_consents (consultation_id, signed_at);

CREATE TRIGGER signed_consent_is_read_only BEFORE UPDATE ON signed_consents
BEGIN
    SELECT RAISE(ABORT, 'a signed consent is read-only');
END;

CREATE TRIGGER signed_consent_is_kept BEFORE DELETE ON signed_consents
BEGIN
    SELECT RAISE(ABORT, 'a signed consent is never deleted');
END;

CREATE TABLE consent_withdrawals (
    id         INTEGER PRIMARY KEY,
    consent_id TEXT NOT NULL UNIQUE REFERENCES signed_consents (id),
    reason     TEXT NOT NULL,
    actor      TEXT,
    at         TEXT NOT NULL
);
