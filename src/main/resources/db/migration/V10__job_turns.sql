-- Which minute each cluster-wide job last ran for: with several nodes, the node that moves this
-- forward first runs the job; the others see the minute taken and skip it.
CREATE TABLE job_turn (
    job      VARCHAR(60) PRIMARY KEY,
    last_run TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The jobs that run once per cluster, each never run yet.
INSERT INTO job_turn (job, last_run) VALUES ('expiry-archiver', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
