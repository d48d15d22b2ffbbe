-- The chronology: every significant event in a child's life and involvement, from every
-- capability, in one place, because assessments that ignore family history were found
-- again and again.
CREATE TABLE chronology_entry (
    id               uuid PRIMARY KEY,
    person_id        uuid NOT NULL,
    occurred_on      date NOT NULL,
    type             text NOT NULL,
    summary          text NOT NULL,
    recorded_by      uuid,
    recorded_by_name text NOT NULL,
    recorded_at      timestamptz NOT NULL,
    source_ref       text
);
COMMENT ON TABLE chronology_entry IS 'sensitive: events in a child''s life';
CREATE INDEX chronology_entry_person ON chronology_entry (person_id, occurred_on DESC);
