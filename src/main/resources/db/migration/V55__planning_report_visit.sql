-- Planning's reporting API for visits: when the child was visited, whether they were seen and
-- seen alone, and the kind of visit. Ofsted's lists report the latest visit and whether the
-- child was seen alone. Nothing of what was seen, said or written.
CREATE VIEW report_visit AS
SELECT id, person_id, visited_on, child_seen, seen_alone, visit_type FROM visit;
