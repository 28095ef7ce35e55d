-- Official documents ("văn bản") a bulletin carries: a decision, a resolution, a plan, as PDF,
-- DOCX or ODT, with the number ("số ký hiệu"), issue date, issuing body and abstract ("trích yếu")
-- Decree 42/2022 asks portals to publish with them. The bytes live in a table of their own, so
-- the bulletin page and the /van-ban list never load them.
CREATE SEQUENCE official_document_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE official_document (
    id            BIGINT PRIMARY KEY,
    bulletin_id   BIGINT NOT NULL REFERENCES bulletin (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    media_type    VARCHAR(100) NOT NULL,
    byte_size     BIGINT NOT NULL,
    file_digest   CHAR(64) NOT NULL,
    doc_number    VARCHAR(100),
    issued_on     DATE,
    issuer        VARCHAR(300),
    abstract_text VARCHAR(2000)
);
CREATE INDEX official_document_bulletin_idx ON official_document (bulletin_id, position);
CREATE INDEX official_document_issued_idx ON official_document (issued_on);

CREATE TABLE document_file (
    document_id BIGINT PRIMARY KEY REFERENCES official_document (id) ON DELETE CASCADE,
    bytes       BYTEA NOT NULL
);
