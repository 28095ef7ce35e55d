-- Who created each bulletin: an author changes and submits only their own.
ALTER TABLE bulletin ADD COLUMN created_by VARCHAR(60);
UPDATE bulletin SET created_by = (
    SELECT r.saved_by FROM bulletin_revision r WHERE r.bulletin_id = bulletin.id AND r.number = 1);
