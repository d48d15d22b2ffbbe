-- A hub manager may change a practitioner's decision when authorising it. What the
-- practitioner proposed is kept beside what was authorised, with the manager's reason, so a
-- changed decision can be read on the contact and counted in the figures.
ALTER TABLE contact ADD COLUMN proposed_level int, ADD COLUMN proposed_outcome text,
    ADD COLUMN authorisation_change text;

CREATE OR REPLACE VIEW report_contact_decision AS
SELECT c.id AS contact_id, c.referral_source, c.factors[1] AS main_factor, c.threshold_level, c.outcome,
       c.decided_by, (c.decided_at AT TIME ZONE 'Europe/London')::date AS decided_on,
       (c.authorised_at AT TIME ZONE 'Europe/London')::date AS authorised_on,
       c.proposed_level IS NOT NULL AS changed_at_authorisation
FROM contact c
WHERE c.status IN ('AWAITING_AUTHORISATION', 'DECIDED') AND c.decided_by IS NOT NULL;
