-- Strategy discussions record who took part by agency, because inspectors found enquiries
-- run by social care alone with police involved only later.
CREATE TABLE strategy_discussion (
    id           uuid PRIMARY KEY,
    person_id    uuid NOT NULL,
    held_at      timestamptz NOT NULL,
    agencies     text[] NOT NULL,
    shared       text NOT NULL,
    decision     text NOT NULL CHECK (decision IN ('S47_SINGLE_AGENCY', 'S47_JOINT', 'NO_FURTHER_ACTION', 'CONTINUE_ASSESSMENT')),
    actions      text,
    recorded_by  uuid NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX strategy_discussion_person ON strategy_discussion (person_id, held_at);

CREATE TABLE section47_enquiry (
    id                     uuid PRIMARY KEY,
    person_id              uuid NOT NULL,
    strategy_discussion_id uuid NOT NULL REFERENCES strategy_discussion (id),
    joint_with_police      boolean NOT NULL,
    started_on             date NOT NULL,
    ended_on               date,
    outcome                text CHECK (outcome IN ('NOT_SUBSTANTIATED', 'SUBSTANTIATED_NO_CONFERENCE', 'INITIAL_CONFERENCE')),
    CHECK (ended_on IS NULL OR ended_on >= started_on),
    CHECK ((ended_on IS NULL) = (outcome IS NULL))
);
CREATE INDEX section47_person ON section47_enquiry (person_id);

CREATE TABLE initial_conference (
    id              uuid PRIMARY KEY,
    person_id       uuid NOT NULL,
    section47_id    uuid NOT NULL UNIQUE REFERENCES section47_enquiry (id),
    held_on         date NOT NULL,
    chair           text NOT NULL,
    attendees       text,
    plan            boolean NOT NULL,
    category        text CHECK (category IN ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')),
    delay_reason    text,
    delay_agreed_by text,
    recorded_by     uuid NOT NULL,
    CHECK (plan = (category IS NOT NULL))
);

-- A conference cannot come before the strategy discussion that started its enquiry, however
-- the row arrives.
CREATE FUNCTION conference_after_strategy_discussion() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.held_on < (SELECT (sd.held_at AT TIME ZONE 'Europe/London')::date
                      FROM section47_enquiry s JOIN strategy_discussion sd ON sd.id = s.strategy_discussion_id
                      WHERE s.id = NEW.section47_id) THEN
        RAISE EXCEPTION 'a conference cannot be held before its strategy discussion';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER initial_conference_sequence BEFORE INSERT OR UPDATE ON initial_conference
    FOR EACH ROW EXECUTE FUNCTION conference_after_strategy_discussion();
