-- The returns module's background work: a check of the census records, a census export, or a
-- check of a census file uploaded from another system. One active job of a kind per year at
-- a time (a second request joins the first); its status moves only QUEUED -> RUNNING ->
-- DONE or FAILED, each move naming the status and version it expects.
CREATE TABLE returns_job (
    id            uuid PRIMARY KEY,
    kind          text NOT NULL CHECK (kind IN ('CENSUS_CHECK', 'CENSUS_EXPORT', 'FILE_CHECK')),
    census_year   int,
    status        text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    version       int NOT NULL DEFAULT 0,
    done          bigint NOT NULL DEFAULT 0,
    total         bigint NOT NULL DEFAULT 0,
    requested_by  uuid NOT NULL,
    requested_name text NOT NULL,
    requested_at  timestamptz NOT NULL,
    -- Moved on while the job is claimed and as it progresses: an active job whose heartbeat
    -- is old was left by a Hearth that stopped, and is marked failed so it can be started again.
    heartbeat_at  timestamptz NOT NULL,
    finished_at   timestamptz,
    source_name   text,
    outcome       text,
    children      int,
    sha256        text
);
CREATE INDEX returns_job_recent ON returns_job (requested_at DESC);
CREATE UNIQUE INDEX returns_job_one_active ON returns_job (kind, census_year)
    WHERE status IN ('QUEUED', 'RUNNING') AND kind <> 'FILE_CHECK';

-- What a check found, in rule order: the DfE's code and words, the child (Hearth's id when the
-- record is Hearth's own) and the page where it is fixed.
CREATE TABLE returns_finding (
    job_id      uuid NOT NULL REFERENCES returns_job (id) ON DELETE CASCADE,
    n           int NOT NULL,
    rule        text NOT NULL,
    severity    text NOT NULL CHECK (severity IN ('ERROR', 'QUERY')),
    message     text NOT NULL,
    la_child_id text,
    person_id   uuid,
    field       text,
    fix_at      text,
    PRIMARY KEY (job_id, n)
);
