-- A case closed with the DfE reason for closure (RC1 to RC9).
CREATE TABLE case_closure (
    id           uuid PRIMARY KEY,
    person_id    uuid NOT NULL,
    closed_on    date NOT NULL,
    reason       text NOT NULL CHECK (reason ~ '^RC[1-9]$'),
    summary      text,
    recorded_by  uuid NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX case_closure_person ON case_closure (person_id);

-- A case moving between teams: requested with a handover, accepted (and allocated) or
-- declined by the receiving team, on its own clock.
CREATE TABLE case_transfer (
    id             uuid PRIMARY KEY,
    person_id      uuid NOT NULL,
    from_team_id   uuid NOT NULL,
    to_team_id     uuid NOT NULL,
    handover       text NOT NULL,
    requested_by   uuid NOT NULL,
    requested_at   timestamptz NOT NULL,
    status         text NOT NULL CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DECLINED')),
    decided_by     uuid,
    decided_at     timestamptz,
    decline_reason text,
    CHECK (from_team_id <> to_team_id),
    CHECK ((status = 'REQUESTED') = (decided_at IS NULL))
);
CREATE UNIQUE INDEX case_transfer_one_open ON case_transfer (person_id) WHERE status = 'REQUESTED';
CREATE INDEX case_transfer_to_team ON case_transfer (to_team_id) WHERE status = 'REQUESTED';

-- Out-of-hours contacts are handed to the day team by a time of its own.
ALTER TABLE contact ADD COLUMN handover_due_at timestamptz, ADD COLUMN handed_over_at timestamptz;

-- The bank holidays the working calendar skips; shipped as a file, kept here so an
-- administrator can add one when it is proclaimed.
CREATE TABLE bank_holiday (
    day   date PRIMARY KEY,
    name  text NOT NULL
);
