-- How often each bulletin was read, per day: a count only, nothing about the reader.
CREATE TABLE bulletin_daily_views (
    bulletin_id BIGINT NOT NULL REFERENCES bulletin (id) ON DELETE CASCADE,
    view_day    DATE   NOT NULL,
    views       BIGINT NOT NULL,
    PRIMARY KEY (bulletin_id, view_day)
);
CREATE INDEX idx_daily_views_day ON bulletin_daily_views (view_day);
