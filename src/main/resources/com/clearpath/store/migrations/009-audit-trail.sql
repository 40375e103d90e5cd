-- Migration 9: the audit trail, who viewed, printed, exported, restored or changed what and when.

-- Append-only: the database refuses to change or remove a row. Each row's hash is SHA-256 over its own fields and
-- the previous row's hash, so a row edited or removed behind the app's back breaks the chain at that sequence.
-- Codes and ids only (action, subject kind and id, detail arguments): no client name or free text.
CREATE TABLE audit_events (
    seq          INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    workstation  TEXT NOT NULL,
    action       TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id   TEXT NOT NULL,
    detail       TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
CREATE INDEX audit_events_by_at ON audit_events (at);
CREATE INDEX audit_events_by_action ON audit_events (action, at);

CREATE TRIGGER audit_event_is_read_only BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'an audit event is read-only');
END;

CREATE TRIGGER audit_event_is_kept BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'an audit event is never deleted');
END;
