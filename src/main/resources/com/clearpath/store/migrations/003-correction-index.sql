-- Deleting a consultation (a discarded draft) makes SQLite check that no other consultation names it as the one
-- it corrects: the foreign key on corrects_id. Without an index that check read the whole table, about 2.3 s per
-- discarded draft with 300,000 consultations, holding the write lock meanwhile.
CREATE INDEX consultations_by_correction ON consultations (corrects_id)
