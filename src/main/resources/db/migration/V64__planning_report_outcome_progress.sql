-- Planning's reporting API for outcomes: one row per outcome's progress recorded at a plan's
-- meeting, with the child's id, the plan's kind, the day of the meeting and the progress
-- (MET, PROGRESSING, NOT_PROGRESSING). No outcome's words, no evidence.
CREATE VIEW report_outcome_progress AS
SELECT op.outcome_id, m.plan_id, p.person_id, p.kind AS plan_kind, m.held_on, op.progress
FROM outcome_progress op JOIN plan_meeting m ON m.id = op.meeting_id JOIN plan p ON p.id = m.plan_id;
