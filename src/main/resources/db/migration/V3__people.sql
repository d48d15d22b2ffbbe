-- The person index: every child and adult Hearth has ever recorded.
-- Columns marked 'sensitive' hold personal data for the data dictionary and subject access.
CREATE TABLE person (
    id                uuid PRIMARY KEY,
    kind              text NOT NULL CHECK (kind IN ('CHILD', 'UNBORN', 'ADULT')),
    forenames         text NOT NULL,
    surname           text NOT NULL,
    date_of_birth     date,
    expected_delivery date,
    sex               text NOT NULL DEFAULT 'U' CHECK (sex IN ('M', 'F', 'U')),
    ethnicity         text NOT NULL DEFAULT 'NOBT',
    first_language    text,
    disabilities      text[] NOT NULL DEFAULT '{}',
    created_at        timestamptz NOT NULL,
    created_by        uuid,
    version           integer NOT NULL DEFAULT 0,
    search_name       text GENERATED ALWAYS AS (search_text(forenames || ' ' || surname)) STORED,
    surname_sound     text GENERATED ALWAYS AS (dmetaphone(surname)) STORED,
    CHECK (kind <> 'UNBORN' OR expected_delivery IS NOT NULL)
);
COMMENT ON TABLE person IS 'sensitive: identity of children and adults';
CREATE INDEX person_search_name_trgm ON person USING gin (search_name gin_trgm_ops);
CREATE INDEX person_surname_sound ON person (surname_sound);
CREATE INDEX person_date_of_birth ON person (date_of_birth);

-- NHS number, UPN and the council's child ID. Not unique: real indexes hold duplicate
-- people, and duplicates are found and merged by people, not by a constraint.
CREATE TABLE person_identifier (
    person_id uuid NOT NULL REFERENCES person (id),
    scheme    text NOT NULL CHECK (scheme IN ('NHS', 'UPN', 'COUNCIL_CHILD_ID')),
    value     text NOT NULL,
    PRIMARY KEY (person_id, scheme)
);
COMMENT ON TABLE person_identifier IS 'sensitive: identifiers';
CREATE INDEX person_identifier_value ON person_identifier (scheme, value);

CREATE TABLE address (
    id            uuid PRIMARY KEY,
    line1         text NOT NULL,
    line2         text,
    town          text NOT NULL,
    postcode      text NOT NULL,
    postcode_key  text GENERATED ALWAYS AS (upper(replace(postcode, ' ', ''))) STORED
);
COMMENT ON TABLE address IS 'sensitive: where people live';
CREATE INDEX address_postcode_key ON address (postcode_key);

-- Address history: a person's addresses with the dates they lived there.
CREATE TABLE person_address (
    person_id  uuid NOT NULL REFERENCES person (id),
    address_id uuid NOT NULL REFERENCES address (id),
    moved_in   date,
    moved_out  date,
    CHECK (moved_out IS NULL OR moved_in IS NULL OR moved_out >= moved_in)
);
CREATE INDEX person_address_person ON person_address (person_id);
CREATE INDEX person_address_address ON person_address (address_id);

CREATE TABLE household (
    id         uuid PRIMARY KEY,
    address_id uuid REFERENCES address (id)
);
CREATE TABLE household_member (
    household_id uuid NOT NULL REFERENCES household (id),
    person_id    uuid NOT NULL REFERENCES person (id),
    joined       date,
    left_on      date,
    PRIMARY KEY (household_id, person_id)
);
CREATE INDEX household_member_person ON household_member (person_id);

-- Stored in both directions (Ann is parent of Bo; Bo is child of Ann) so that either
-- person's network is one indexed read.
CREATE TABLE relationship (
    person_id  uuid NOT NULL REFERENCES person (id),
    related_id uuid NOT NULL REFERENCES person (id),
    type       text NOT NULL,
    PRIMARY KEY (person_id, related_id, type),
    CHECK (person_id <> related_id)
);
CREATE INDEX relationship_related ON relationship (related_id);

-- Schools and GP practices, so professionals around a child are named consistently.
CREATE TABLE organisation (
    id       uuid PRIMARY KEY,
    kind     text NOT NULL CHECK (kind IN ('SCHOOL', 'GP_PRACTICE', 'HEALTH_VISITING')),
    name     text NOT NULL,
    code     text,
    postcode text
);

CREATE TABLE professional_contact (
    id              uuid PRIMARY KEY,
    person_id       uuid NOT NULL REFERENCES person (id),
    role            text NOT NULL CHECK (role IN ('SCHOOL', 'GP', 'HEALTH_VISITOR', 'OTHER')),
    organisation_id uuid REFERENCES organisation (id),
    name            text,
    phone           text,
    email           text
);
CREATE INDEX professional_contact_person ON professional_contact (person_id);
