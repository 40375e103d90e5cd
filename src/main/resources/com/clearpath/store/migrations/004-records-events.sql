-- Migration 4: what happened to the records as a whole (an export of every consultation is one row, not one per
-- consultation, so an export only reads the consultations and does not hold the write lock).
CREATE TABLE records_events (
    id     INTEGER PRIMARY KEY,
    kind   TEXT NOT NULL,
    actor  TEXT,
    detail TEXT,
    at     TEXT NOT NULL
);
