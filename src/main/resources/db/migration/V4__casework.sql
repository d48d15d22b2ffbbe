-- Allocation: which worker and team hold a child's case, from when. History is kept.
CREATE TABLE allocation (
    id          uuid PRIMARY KEY,
    person_id   uuid NOT NULL,
    worker_id   uuid,
    team_id     uuid NOT NULL,
    started_on  date NOT NULL,
    ended_on    date,
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE UNIQUE INDEX allocation_one_open ON allocation (person_id) WHERE ended_on IS NULL;

-- Involvement: the open (and past) episodes of work with a child.
CREATE TABLE involvement (
    id          uuid PRIMARY KEY,
    person_id   uuid NOT NULL,
    kind        text NOT NULL,
    started_on  date NOT NULL,
    ended_on    date,
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX involvement_person ON involvement (person_id);

-- Alerts shown on the case file, such as "subject of a child protection plan"; raised
-- by the capability that knows, ended when it stops being true.
CREATE TABLE case_alert (
    id          uuid PRIMARY KEY,
    person_id   uuid NOT NULL,
    kind        text NOT NULL,
    text        text NOT NULL,
    raised_on   date NOT NULL,
    ended_on    date
);
CREATE INDEX case_alert_person ON case_alert (person_id) WHERE ended_on IS NULL;
