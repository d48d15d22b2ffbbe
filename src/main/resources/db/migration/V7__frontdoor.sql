-- Contacts at the front door. Consent is a required, reportable field because inspectors
-- found it was often unclear whether the family knew of the referral; the channel is kept
-- because most referrals came by phone and missed what the agreed form asks for.
CREATE TABLE contact (
    id                    uuid PRIMARY KEY,
    status                text NOT NULL CHECK (status IN ('DRAFT', 'RECEIVED', 'AWAITING_AUTHORISATION', 'DECIDED')),
    channel               text NOT NULL,
    referral_source       text,
    referrer_user_id      uuid,
    referrer_name         text,
    referrer_role         text,
    referrer_organisation text,
    referrer_phone        text,
    referrer_email        text,
    family                text,
    worry                 text,
    child_said            text,
    tried                 text,
    factors               text[] NOT NULL DEFAULT '{}',
    urgency               text,
    consent               text,
    consent_reason        text,
    consent_overridden_by text,
    priority              text CHECK (priority IN ('RED', 'AMBER', 'GREEN')),
    received_at           timestamptz,
    priority_due_at       timestamptz,
    decision_due_at       timestamptz,
    assigned_to           uuid,
    threshold_level       integer CHECK (threshold_level BETWEEN 1 AND 4),
    rationale             text,
    outcome               text,
    decided_by            uuid,
    decided_at            timestamptz,
    authorised_by         uuid,
    authorised_at         timestamptz,
    created_at            timestamptz NOT NULL,
    version               integer NOT NULL DEFAULT 0,
    CHECK (status = 'DRAFT' OR (received_at IS NOT NULL AND consent IS NOT NULL AND worry IS NOT NULL)),
    CHECK (status NOT IN ('AWAITING_AUTHORISATION', 'DECIDED') OR (outcome IS NOT NULL AND threshold_level IS NOT NULL))
);
COMMENT ON TABLE contact IS 'sensitive: worries about children and families';
CREATE INDEX contact_queue ON contact (status, decision_due_at) WHERE status IN ('RECEIVED', 'AWAITING_AUTHORISATION');
CREATE INDEX contact_referrer_organisation ON contact (referrer_organisation, received_at DESC);

-- The children a contact is about, as the referrer described them, and the person in the
-- index the hub matched each to (never merged automatically).
CREATE TABLE contact_child (
    contact_id    uuid NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    forenames     text NOT NULL,
    surname       text NOT NULL,
    date_of_birth date,
    address       text,
    postcode      text,
    person_id     uuid,
    PRIMARY KEY (contact_id, position)
);
CREATE INDEX contact_child_person ON contact_child (person_id);
