-- Supervision of a worker's case: reflection, not only a list of tasks, because inspectors
-- found supervision unrecorded and unreflective. Its actions come back at the next one.
CREATE TABLE supervision (
    id               uuid PRIMARY KEY,
    person_id        uuid NOT NULL,
    worker_id        uuid NOT NULL,
    supervisor_id    uuid NOT NULL,
    held_on          date NOT NULL,
    working_well     text,
    worries          text,
    child_would_say  text,
    decisions        text NOT NULL,
    recorded_at      timestamptz NOT NULL
);
CREATE INDEX supervision_person ON supervision (person_id, held_on DESC);
CREATE INDEX supervision_worker ON supervision (worker_id, held_on DESC);

CREATE TABLE supervision_action (
    id             uuid PRIMARY KEY,
    supervision_id uuid NOT NULL REFERENCES supervision (id),
    person_id      uuid NOT NULL,
    action         text NOT NULL,
    owner          text NOT NULL,
    due_on         date NOT NULL,
    checked_in     uuid REFERENCES supervision (id),
    done           boolean,
    check_note     text,
    CHECK ((checked_in IS NULL) = (done IS NULL))
);
CREATE INDEX supervision_action_open ON supervision_action (person_id) WHERE checked_in IS NULL;

-- A manager's direction or decision on a case, because inspectors found oversight weak.
CREATE TABLE management_oversight (
    id           uuid PRIMARY KEY,
    person_id    uuid NOT NULL,
    manager_id   uuid NOT NULL,
    recorded_on  date NOT NULL,
    direction    text NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX management_oversight_person ON management_oversight (person_id, recorded_on DESC);

-- Parents' missed appointments and refusals, so that repeated non-engagement is noticed
-- and challenged rather than drifting.
CREATE TABLE engagement_event (
    id           uuid PRIMARY KEY,
    person_id    uuid NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('MISSED_APPOINTMENT', 'REFUSED_VISIT', 'NO_ACCESS', 'REFUSED_SERVICE')),
    who          text NOT NULL,
    occurred_on  date NOT NULL,
    notes        text,
    recorded_by  uuid NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX engagement_event_person ON engagement_event (person_id, occurred_on DESC);
