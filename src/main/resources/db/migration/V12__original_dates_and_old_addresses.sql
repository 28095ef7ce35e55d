-- Bulletins brought in from older portals keep their dates and their old addresses.
--
-- revised_at: when readers were last told the content changed (page, feeds, sitemap, JSON-LD),
-- set by a change after publication or given by an import; null when unchanged since publication.
-- It is not updated_at, which moves with every write to the row (an import's, say) and tells the
-- nodes and caches that something changed.
ALTER TABLE bulletin ADD COLUMN revised_at TIMESTAMP WITH TIME ZONE;
UPDATE bulletin SET revised_at = updated_at WHERE published_at IS NOT NULL AND updated_at > published_at;

-- What an import last wrote (a digest of the JSON it sent) and the version that write left, so a
-- second run skips what has not changed and never overwrites what an editor changed since.
ALTER TABLE bulletin ADD COLUMN import_digest CHAR(64);
ALTER TABLE bulletin ADD COLUMN import_version BIGINT;

-- Old addresses answered with 301 to the bulletin's current one. address is as given; match_key is
-- its normalised form (decoded, lower case, query parameters sorted), unique across bulletins.
CREATE TABLE legacy_address (
    bulletin_id BIGINT NOT NULL REFERENCES bulletin (id) ON DELETE CASCADE,
    address     VARCHAR(2000) NOT NULL,
    match_key   VARCHAR(2000) NOT NULL,
    CONSTRAINT legacy_address_key_unique UNIQUE (match_key)
);
CREATE INDEX legacy_address_bulletin ON legacy_address (bulletin_id);
