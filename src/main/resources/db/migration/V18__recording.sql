-- Visits keep the child at the centre: what the child said in their own words, who was
-- seen, and why a child was not seen alone, because inspectors found records that said
-- little about children and their views.
ALTER TABLE visit
    ADD COLUMN who_seen         text,
    ADD COLUMN not_alone_reason text,
    ADD COLUMN child_words      text,
    ADD COLUMN observations     text,
    ADD COLUMN home_conditions  text,
    ADD COLUMN next_visit_on    date;

-- A form's unsaved text, kept per user, so neither a lost connection nor a timed-out
-- session loses what a worker typed.
CREATE TABLE form_draft (
    user_id    uuid NOT NULL,
    form_key   text NOT NULL,
    fields     jsonb NOT NULL,
    saved_at   timestamptz NOT NULL,
    PRIMARY KEY (user_id, form_key)
);

-- Plans say what will change for the child and how anyone will know: each outcome has a
-- measurable indicator, a baseline and target, an owner and a date, and every plan needs a
-- contingency plan.
ALTER TABLE plan ADD COLUMN contingency text, ADD COLUMN actions text;
CREATE TABLE plan_outcome (
    id             uuid PRIMARY KEY,
    plan_id        uuid NOT NULL REFERENCES plan (id),
    position       integer NOT NULL,
    will_change    text NOT NULL,
    indicator      text,
    baseline       text,
    target         text,
    owner          text,
    target_date    date,
    UNIQUE (plan_id, position)
);

-- A review records progress on each outcome, with evidence, and the child's view of the plan.
ALTER TABLE plan_meeting ADD COLUMN child_view text;
CREATE TABLE outcome_progress (
    meeting_id  uuid NOT NULL REFERENCES plan_meeting (id),
    outcome_id  uuid NOT NULL REFERENCES plan_outcome (id),
    progress    text NOT NULL CHECK (progress IN ('MET', 'PROGRESSING', 'NOT_PROGRESSING')),
    evidence    text,
    PRIMARY KEY (meeting_id, outcome_id)
);
