-- Timeliness's reporting API: one row per statutory or local step Hearth has timed, with the
-- child it is about, when it started, when it was due, and whether it was met (and when) or
-- cancelled. What it timed is named by its kind only: the subject's id stays behind Clocks.
CREATE VIEW report_clock AS
SELECT id, person_id, kind, status, started_at, due_at, completed_at, cancelled_at,
       (due_at AT TIME ZONE 'Europe/London')::date AS due_on
FROM clock;
