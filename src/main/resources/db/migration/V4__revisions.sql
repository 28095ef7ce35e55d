-- Every save of a bulletin keeps a revision: who, when, and the content as it was saved.
CREATE SEQUENCE bulletin_revision_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE bulletin_revision (
    id           BIGINT PRIMARY KEY,
    bulletin_id  BIGINT NOT NULL REFERENCES bulletin (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    saved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by     VARCHAR(60) NOT NULL,
    title        VARCHAR(300) NOT NULL,
    slug         VARCHAR(120) NOT NULL,
    lead         VARCHAR(2000) NOT NULL,
    body         VARCHAR NOT NULL,
    category_id  BIGINT NOT NULL,
    author_name  VARCHAR(200),
    CONSTRAINT bulletin_revision_number_unique UNIQUE (bulletin_id, number)
);
