-- Listening: the audio reading of a public bulletin, made by the speech engine in the background.
-- text_digest covers the text read and the engine that read it: a reading is made again only when
-- either changes. Kept in the database so that every node serves the same file.
CREATE TABLE bulletin_audio (
    bulletin_id BIGINT PRIMARY KEY REFERENCES bulletin (id) ON DELETE CASCADE,
    text_digest CHAR(64) NOT NULL,
    media_type  VARCHAR(60) NOT NULL,
    duration_ms BIGINT,
    byte_size   INTEGER NOT NULL,
    bytes       BYTEA NOT NULL,
    made_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
