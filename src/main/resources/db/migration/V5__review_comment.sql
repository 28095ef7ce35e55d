-- The reviewer's comment when a bulletin goes back to its author as a draft.
ALTER TABLE bulletin ADD COLUMN review_comment VARCHAR(2000);
