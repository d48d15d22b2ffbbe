-- Child protection's reporting API: one row per strategy discussion, per section 47 enquiry
-- (with the day of the strategy discussion that started it) and per initial conference,
-- each with the child's id, dates and codes. Nothing of what was shared or said.
CREATE VIEW report_strategy_discussion AS
SELECT id, person_id, held_at, (held_at AT TIME ZONE 'Europe/London')::date AS held_on, decision
FROM strategy_discussion;

CREATE VIEW report_section47 AS
SELECT s.id, s.person_id, s.strategy_discussion_id, sd.held_at AS strategy_held_at,
       s.joint_with_police, s.started_on, s.ended_on, s.status, s.outcome
FROM section47_enquiry s JOIN strategy_discussion sd ON sd.id = s.strategy_discussion_id;

CREATE VIEW report_initial_conference AS
SELECT id, person_id, section47_id, held_on, plan, category FROM initial_conference;
