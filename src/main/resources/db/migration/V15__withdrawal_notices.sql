-- A bulletin taken off the public site either stays at its address with a notice (WITHDRAWN: when,
-- why, and optionally the slug of the bulletin that replaces it) or is removed (ARCHIVED, answered
-- 410 Gone once it had been public).
ALTER TABLE bulletin DROP CONSTRAINT bulletin_status_known;
ALTER TABLE bulletin ADD CONSTRAINT bulletin_status_known
    CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'WITHDRAWN', 'ARCHIVED'));
ALTER TABLE bulletin ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE bulletin ADD COLUMN withdrawal_explanation VARCHAR(2000);
ALTER TABLE bulletin ADD COLUMN withdrawal_replacement VARCHAR(120);
