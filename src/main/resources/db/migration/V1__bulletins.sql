-- Portable SQL: this file runs unchanged on H2 2.x and PostgreSQL.
-- Sequences start at their increment: EclipseLink takes each value as the top of a block of 50.

CREATE SEQUENCE category_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE bulletin_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE figure_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE stored_image_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE category (
    id          BIGINT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    slug        VARCHAR(120) NOT NULL,
    position    INTEGER NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT category_slug_unique UNIQUE (slug)
);

CREATE TABLE stored_image (
    id          BIGINT PRIMARY KEY,
    media_type  VARCHAR(40) NOT NULL,
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    byte_size   BIGINT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE image_data (
    image_id    BIGINT PRIMARY KEY REFERENCES stored_image (id) ON DELETE CASCADE,
    bytes       BYTEA NOT NULL
);

CREATE TABLE bulletin (
    id           BIGINT PRIMARY KEY,
    title        VARCHAR(300) NOT NULL,
    slug         VARCHAR(120) NOT NULL,
    lead         VARCHAR(2000) NOT NULL,
    body         VARCHAR NOT NULL,
    author_name  VARCHAR(200),
    category_id  BIGINT NOT NULL REFERENCES category (id),
    status       VARCHAR(20) NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    version      BIGINT NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bulletin_slug_unique UNIQUE (slug),
    CONSTRAINT bulletin_status_known CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'))
);

-- Public lists: published bulletins newest first, overall and per category.
CREATE INDEX bulletin_public_idx ON bulletin (status, published_at);
CREATE INDEX bulletin_category_public_idx ON bulletin (category_id, status, published_at);

CREATE TABLE figure (
    id          BIGINT PRIMARY KEY,
    bulletin_id BIGINT NOT NULL REFERENCES bulletin (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    image_id    BIGINT NOT NULL REFERENCES stored_image (id),
    alt_text    VARCHAR(500),
    caption     VARCHAR(1000),
    credit      VARCHAR(200),
    decorative  BOOLEAN NOT NULL
);

CREATE INDEX figure_bulletin_idx ON figure (bulletin_id, position);
