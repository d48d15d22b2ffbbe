-- The child's primary need (the DfE's N0 to N9): why the child is getting help, recorded by
-- the worker when work starts and changed when it changes. The latest on or before a day is
-- the need on that day; history is kept.
CREATE TABLE primary_need (
    id           uuid PRIMARY KEY,
    person_id    uuid NOT NULL,
    code         text NOT NULL CHECK (code ~ '^N[0-9]$'),
    recorded_on  date NOT NULL,
    recorded_by  uuid NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX primary_need_person ON primary_need (person_id, recorded_on);

-- Casework's reporting API: one row per case closure (with its DfE reason), per allocation,
-- per involvement and per primary need recorded, each with the child's id. No summaries.
CREATE VIEW report_case_closure AS
SELECT id, person_id, closed_on, reason FROM case_closure;

CREATE VIEW report_allocation AS
SELECT id, person_id, worker_id, team_id, started_on, ended_on FROM allocation;

CREATE VIEW report_involvement AS
SELECT id, person_id, kind, started_on, ended_on FROM involvement;

CREATE VIEW report_primary_need AS
SELECT id, person_id, code, recorded_on FROM primary_need;
