-- Back-office accounts and their roles. Passwords are PBKDF2 hashes, never the passwords.

CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE user_account (
    id              BIGINT PRIMARY KEY,
    username        VARCHAR(60) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(400) NOT NULL,
    enabled         BOOLEAN NOT NULL,
    failed_sign_ins INTEGER NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT user_account_username_unique UNIQUE (username)
);

CREATE TABLE user_account_role (
    account_id BIGINT NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT user_account_role_known CHECK (role IN ('AUTHOR', 'EDITOR', 'ADMIN'))
);

-- Who did what, when and from where: sign-ins, edits, publication, user changes.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id         BIGINT PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(60) NOT NULL,
    action     VARCHAR(40) NOT NULL,
    subject    VARCHAR(300),
    address    VARCHAR(64)
);

CREATE INDEX audit_entry_at_idx ON audit_entry (at);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, at);
