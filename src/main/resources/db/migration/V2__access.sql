-- Teams and staff. A user's role says what kind of work they do; their relationships to
-- children (allocation, an open contact, chairing a conference) say whose records they see.
CREATE TABLE team (
    id          uuid PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    kind        text NOT NULL,
    manager_id  uuid
);

CREATE TABLE staff_user (
    id              uuid PRIMARY KEY,
    username        text NOT NULL UNIQUE,
    display_name    text NOT NULL,
    password_hash   text NOT NULL,
    role            text NOT NULL,
    team_id         uuid REFERENCES team (id),
    organisation    text,
    enabled         boolean NOT NULL DEFAULT true,
    failed_sign_ins integer NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    version         integer NOT NULL DEFAULT 0
);
COMMENT ON COLUMN staff_user.password_hash IS 'sensitive: delegating encoder hash, never the password';

ALTER TABLE team ADD CONSTRAINT team_manager_fk FOREIGN KEY (manager_id) REFERENCES staff_user (id) DEFERRABLE INITIALLY DEFERRED;

-- Who has a working reason to open a child's record, kept by listening to other
-- capabilities' events (allocation, contacts, conferences) rather than reading their tables.
CREATE TABLE access_relationship (
    id          uuid PRIMARY KEY,
    person_id   uuid NOT NULL,
    kind        text NOT NULL,
    user_id     uuid REFERENCES staff_user (id),
    team_id     uuid REFERENCES team (id),
    source_ref  text NOT NULL,
    started_at  timestamptz NOT NULL,
    ended_at    timestamptz,
    CHECK (user_id IS NOT NULL OR team_id IS NOT NULL)
);
CREATE INDEX access_relationship_person ON access_relationship (person_id) WHERE ended_at IS NULL;
CREATE INDEX access_relationship_source ON access_relationship (source_ref);

-- A restricted record (for example a member of staff's own family) is visible only to the
-- users named on it: heads of service and administrators are not exempt.
CREATE TABLE record_restriction (
    person_id     uuid PRIMARY KEY,
    reason        text NOT NULL,
    restricted_by uuid NOT NULL REFERENCES staff_user (id),
    restricted_at timestamptz NOT NULL
);
CREATE TABLE record_restriction_user (
    person_id uuid NOT NULL REFERENCES record_restriction (person_id) ON DELETE CASCADE,
    user_id   uuid NOT NULL REFERENCES staff_user (id),
    PRIMARY KEY (person_id, user_id)
);
