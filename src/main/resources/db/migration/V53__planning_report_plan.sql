-- Planning's reporting API: one row per plan (child in need or child protection) with its
-- dates, category of abuse and end reason, and one row per plan meeting with its kind and
-- date. A child protection plan's category is the one it started with until a review
-- changes it. No outcomes, summaries or the child's words.
CREATE VIEW report_plan AS
SELECT id, person_id, kind, category, started_on, ended_on, end_reason FROM plan;

CREATE VIEW report_plan_meeting AS
SELECT m.id, m.plan_id, p.person_id, p.kind AS plan_kind, m.kind, m.held_on
FROM plan_meeting m JOIN plan p ON p.id = m.plan_id;
