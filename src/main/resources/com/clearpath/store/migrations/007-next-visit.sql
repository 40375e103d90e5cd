-- Migration 7: the next visit booked with the client at a session, which moves the plan's calendar to it. Each
-- entry keeps its own: a correction carries the date booked as corrected, the corrected row stays as it was.
ALTER TABLE treatment_sessions ADD COLUMN next_visit TEXT;
