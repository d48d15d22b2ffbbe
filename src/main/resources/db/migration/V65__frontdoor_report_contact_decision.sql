-- Front door's reporting API for threshold decisions: one row per contact a practitioner has
-- decided (authorised, or awaiting it), with who decided it, its DfE source, its main factor (the first the referrer gave), the threshold
-- level (1 universal to 4 specialist) and the outcome. No worries, names or rationale.
CREATE VIEW report_contact_decision AS
SELECT c.id AS contact_id, c.referral_source, c.factors[1] AS main_factor, c.threshold_level, c.outcome,
       c.decided_by, (c.decided_at AT TIME ZONE 'Europe/London')::date AS decided_on
FROM contact c
WHERE c.status IN ('AWAITING_AUTHORISATION', 'DECIDED') AND c.decided_by IS NOT NULL;
