-- Child and family assessments. The 45-working-day clock runs from the referral (the
-- contact's receipt), so the anchor is kept with the assessment, not retyped later.
-- Draft content is saved at any time; the rules for a complete assessment apply when it
-- is submitted, so columns the worker fills in are nullable here.
CREATE TABLE assessment (
    id                   uuid PRIMARY KEY,
    person_id            uuid NOT NULL,
    -- The contact whose decision started it; null when a worker started it from the record.
    contact_id           uuid,
    referred_at          timestamptz NOT NULL,
    status               text NOT NULL CHECK (status IN ('IN_PROGRESS', 'SUBMITTED', 'AUTHORISED')),
    seen_by              text,
    seen_on              date,
    seen_alone           boolean,
    not_alone_reason     text,
    lived_experience     text,
    child_words          text,
    -- Chronology entries the worker marked significant, so family history is not retyped.
    significant_history  text[] NOT NULL DEFAULT '{}',
    history_meaning      text,
    parenting_capacity   text,
    family_environment   text,
    impact               text,
    analysis             text,
    parental_engagement  text,
    -- DfE factors identified at assessment (assessmentfactorstype in the CIN census schema).
    factors              text[] NOT NULL DEFAULT '{}',
    outcome              text CHECK (outcome IN ('NO_FURTHER_ACTION', 'EARLY_HELP', 'CHILD_IN_NEED_PLAN',
                                                 'STRATEGY_DISCUSSION')),
    -- Working Together asks for the reasons when an assessment takes longer than 45 working days.
    late_reason          text,
    returned_reason      text,
    started_by           uuid NOT NULL,
    started_at           timestamptz NOT NULL,
    submitted_by         uuid,
    submitted_at         timestamptz,
    authorised_by        uuid,
    authorised_at        timestamptz,
    -- Optimistic locking: a save made on an older version is refused, never merged silently.
    version              integer NOT NULL DEFAULT 0,
    CHECK ((status = 'AUTHORISED') = (authorised_at IS NOT NULL)),
    CHECK (status = 'IN_PROGRESS' OR submitted_at IS NOT NULL)
);
CREATE INDEX assessment_person ON assessment (person_id);
-- One assessment per child per referral, however often the decision event is delivered.
CREATE UNIQUE INDEX assessment_per_referral ON assessment (contact_id, person_id) WHERE contact_id IS NOT NULL;
COMMENT ON TABLE assessment IS 'sensitive: what the child said, family history, parenting and harm';
COMMENT ON COLUMN assessment.child_words IS 'sensitive: the child''s own words';
COMMENT ON COLUMN assessment.lived_experience IS 'sensitive: the child''s daily life';
COMMENT ON COLUMN assessment.parenting_capacity IS 'sensitive: parents'' capacity';
COMMENT ON COLUMN assessment.family_environment IS 'sensitive: family and environmental factors';
COMMENT ON COLUMN assessment.impact IS 'sensitive: impact on the child';
