-- Every statutory step's due time, stored when the event that starts it happens. Whether a
-- clock is due soon, overdue, met or met late is worked out when it is read, so nothing
-- waits for a nightly batch.
CREATE TABLE clock (
    id              uuid PRIMARY KEY,
    person_id       uuid NOT NULL,
    kind            text NOT NULL,
    source_ref      text NOT NULL,
    started_at      timestamptz NOT NULL,
    due_at          timestamptz NOT NULL,
    completed_at    timestamptz,
    extension_reason text,
    extension_agreed_by text,
    UNIQUE (kind, source_ref)
);
CREATE INDEX clock_open_due ON clock (due_at) WHERE completed_at IS NULL;
CREATE INDEX clock_person ON clock (person_id);
