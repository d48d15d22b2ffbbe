-- Assessment's reporting API: one row per child and family assessment with its dates, DfE
-- factors and outcome. The assessment starts on the day of its referral (its 45-working-day
-- clock is anchored there); started_on is when a worker first opened it in Hearth. None of
-- the assessment's text (the child's words, history, analysis) is here.
CREATE VIEW report_assessment AS
SELECT a.id, a.person_id, a.contact_id, a.status, a.outcome, a.factors,
       (a.referred_at AT TIME ZONE 'Europe/London')::date AS referred_on,
       (a.started_at AT TIME ZONE 'Europe/London')::date AS started_on,
       a.seen_on,
       (a.submitted_at AT TIME ZONE 'Europe/London')::date AS submitted_on,
       (a.authorised_at AT TIME ZONE 'Europe/London')::date AS authorised_on,
       a.ended_on
FROM assessment a;
