-- Migration 5: drafts carry a row version, so a save made from an older copy (another window, another computer)
-- is refused instead of silently replacing newer answers; and the wizard step they were left on.
ALTER TABLE consultations ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE consultations ADD COLUMN wizard_step INTEGER;

-- What happened to a client record (edited, merged, deleted), like the consultations' trail.
CREATE TABLE client_events (
    id        INTEGER PRIMARY KEY,
    client_id TEXT NOT NULL,
    kind      TEXT NOT NULL,
    actor     TEXT,
    detail    TEXT,
    at        TEXT NOT NULL
);
CREATE INDEX client_events_by_client ON client_events (client_id, at);

-- Merging two clients re-files their final consultations under the one kept: a final consultation stays read-only
-- in everything it recorded, only the client it is filed under may change.
DROP TRIGGER final_consultation_is_read_only;
CREATE TRIGGER final_consultation_is_read_only BEFORE UPDATE ON consultations
WHEN OLD.status = 'FINAL' AND (NEW.id IS NOT OLD.id OR NEW.consulted_on IS NOT OLD.consulted_on
    OR NEW.practitioner IS NOT OLD.practitioner OR NEW.status IS NOT OLD.status
    OR NEW.intake_json IS NOT OLD.intake_json OR NEW.plan_json IS NOT OLD.plan_json
    OR NEW.overrides_json IS NOT OLD.overrides_json OR NEW.catalog_version IS NOT OLD.catalog_version
    OR NEW.engine_version IS NOT OLD.engine_version OR NEW.corrects_id IS NOT OLD.corrects_id
    OR NEW.goodman_grade IS NOT OLD.goodman_grade OR NEW.main_concerns IS NOT OLD.main_concerns
    OR NEW.top_recommendation IS NOT OLD.top_recommendation OR NEW.created_at IS NOT OLD.created_at
    OR NEW.updated_at IS NOT OLD.updated_at OR NEW.version IS NOT OLD.version
    OR NEW.wizard_step IS NOT OLD.wizard_step OR NEW.client_id IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'a final consultation is read-only');
END;
