-- Sessions signed in before this instant have ended: set when an account is disabled, its roles
-- change or its password is replaced, so that no session opened before keeps working.
ALTER TABLE user_account ADD COLUMN sessions_valid_from TIMESTAMP WITH TIME ZONE;
