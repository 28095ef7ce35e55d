-- Personal API tokens for the write API. Only a SHA-256 digest of each token is kept.
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_token (
    id           BIGINT PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    digest       VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked      BOOLEAN NOT NULL,
    CONSTRAINT api_token_digest_unique UNIQUE (digest)
);
