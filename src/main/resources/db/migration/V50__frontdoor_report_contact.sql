-- Front door's reporting API: one row per child per contact (matched to a person in the
-- index), with when it came in, its DfE source of referral, and what was decided. A contact
-- decided for an assessment or a strategy discussion is a referral. No worries, names or
-- referrers' details: those stay behind FrontDoor and ContactQueries.
CREATE VIEW report_contact AS
SELECT c.id AS contact_id, cc.person_id, c.status, c.channel, c.referral_source, c.received_at,
       (c.received_at AT TIME ZONE 'Europe/London')::date AS received_on,
       c.threshold_level, c.outcome, c.decided_at,
       (c.decided_at AT TIME ZONE 'Europe/London')::date AS decided_on,
       (c.status = 'DECIDED' AND c.outcome IN ('ASSESSMENT', 'STRATEGY_DISCUSSION')) AS referral
FROM contact c JOIN contact_child cc ON cc.contact_id = c.id
WHERE cc.person_id IS NOT NULL;
