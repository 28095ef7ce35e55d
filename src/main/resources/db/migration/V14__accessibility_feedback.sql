-- Messages readers send from the accessibility statement, for administrators to read in the back
-- office. sender_digest (SHA-256 of the sender's address) only paces senders: a few messages an
-- hour each; it is never shown.
CREATE SEQUENCE accessibility_feedback_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE accessibility_feedback (
    id            BIGINT PRIMARY KEY,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    message       VARCHAR(4000) NOT NULL,
    contact       VARCHAR(200),
    sender_digest CHAR(64) NOT NULL
);
CREATE INDEX accessibility_feedback_received ON accessibility_feedback (received_at);
