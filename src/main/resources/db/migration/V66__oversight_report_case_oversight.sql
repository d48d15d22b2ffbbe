-- Oversight's reporting API: each case supervision and each management oversight of a child,
-- by the day it was held or recorded, and which it was. What was said stays behind Supervisions.
CREATE VIEW report_case_oversight AS
SELECT person_id, held_on AS on_day, 'SUPERVISION' AS kind FROM supervision
UNION ALL
SELECT person_id, recorded_on, 'MANAGEMENT_OVERSIGHT' FROM management_oversight;
