-- An optional end of publication: at that time a bulletin leaves the public and is archived.
ALTER TABLE bulletin ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX bulletin_expiry_idx ON bulletin (status, expires_at);
