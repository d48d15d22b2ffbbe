-- Plans for a child: child in need and child protection. One open plan of each kind per
-- child; a plan cannot end before it starts.
CREATE TABLE plan (
    id           uuid PRIMARY KEY,
    person_id    uuid NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('CHILD_IN_NEED', 'CHILD_PROTECTION')),
    category     text CHECK (category IN ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')),
    started_on   date NOT NULL,
    ended_on     date,
    end_reason   text,
    version      integer NOT NULL DEFAULT 0,
    CHECK (ended_on IS NULL OR ended_on >= started_on),
    CHECK ((ended_on IS NULL) = (end_reason IS NULL)),
    CHECK ((kind = 'CHILD_PROTECTION') = (category IS NOT NULL))
);
CREATE UNIQUE INDEX plan_one_open ON plan (person_id, kind) WHERE ended_on IS NULL;
CREATE INDEX plan_person ON plan (person_id);

-- Core groups and review conferences (child protection), planning meetings and reviews
-- (child in need).
CREATE TABLE plan_meeting (
    id           uuid PRIMARY KEY,
    plan_id      uuid NOT NULL REFERENCES plan (id),
    kind         text NOT NULL CHECK (kind IN ('CORE_GROUP', 'REVIEW_CONFERENCE', 'PLANNING_MEETING', 'PLAN_REVIEW')),
    held_on      date NOT NULL,
    attendees    text,
    summary      text NOT NULL,
    recorded_by  uuid NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX plan_meeting_plan ON plan_meeting (plan_id, held_on);

-- A meeting belongs to a plan that is open and had started, however the row arrives.
CREATE FUNCTION meeting_within_open_plan() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    p plan%ROWTYPE;
BEGIN
    SELECT * INTO p FROM plan WHERE id = NEW.plan_id;
    IF p.ended_on IS NOT NULL THEN
        RAISE EXCEPTION 'the plan ended on %: no meeting can be added to a closed plan', p.ended_on;
    END IF;
    IF NEW.held_on < p.started_on THEN
        RAISE EXCEPTION 'a meeting cannot be held before its plan started';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER plan_meeting_open_plan BEFORE INSERT OR UPDATE ON plan_meeting
    FOR EACH ROW EXECUTE FUNCTION meeting_within_open_plan();

-- Visits to a child: whether the child was seen, and seen alone.
CREATE TABLE visit (
    id              uuid PRIMARY KEY,
    person_id       uuid NOT NULL,
    visited_on      date NOT NULL,
    child_seen      boolean NOT NULL,
    seen_alone      boolean,
    not_seen_reason text,
    notes           text,
    recorded_by     uuid NOT NULL,
    recorded_at     timestamptz NOT NULL,
    CHECK (child_seen OR not_seen_reason IS NOT NULL),
    CHECK (child_seen OR seen_alone IS NULL)
);
CREATE INDEX visit_person ON visit (person_id, visited_on);

-- Open clocks are found by child when a plan or case ends.
CREATE INDEX clock_open_person ON clock (person_id) WHERE completed_at IS NULL;
