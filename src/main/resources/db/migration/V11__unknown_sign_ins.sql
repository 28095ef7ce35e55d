-- Failed sign-ins of usernames that have no account, counted like an account's own (failed_sign_ins,
-- locked_until) so that every node of a cluster pauses them after the same five tries and the
-- answers never tell whether an account exists. Names are kept only as SHA-256 digests: a password
-- typed into the name field by mistake is not stored. Rows go one day after their last attempt.
CREATE TABLE unknown_sign_in (
    name_digest     CHAR(64) PRIMARY KEY,
    failed_sign_ins INTEGER NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    last_attempt    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX unknown_sign_in_last_attempt ON unknown_sign_in (last_attempt);
