-- Public change notes ("Đính chính") of published bulletins, listed with their dates under the
-- body. A change marked minor (a typo) carries none and does not move the update date.
CREATE TABLE bulletin_correction (
    bulletin_id BIGINT NOT NULL REFERENCES bulletin (id) ON DELETE CASCADE,
    noted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    note        VARCHAR(1000) NOT NULL
);
CREATE INDEX bulletin_correction_bulletin ON bulletin_correction (bulletin_id);
