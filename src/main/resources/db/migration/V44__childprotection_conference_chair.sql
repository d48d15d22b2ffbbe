-- The chair of an initial conference is a user, not a name typed on the form, so a chair's
-- home can list the conferences they chair. The free-text chair stays on every row: old
-- rows are read by it, and new rows keep the chair's name as it was on the day.
ALTER TABLE initial_conference ADD COLUMN chair_id uuid;

-- An old row whose typed name is exactly one chair's display name is that chair's; a name
-- shared by two chairs, or nobody's, is left as text.
UPDATE initial_conference c SET chair_id = (
    SELECT min(u.id::text)::uuid FROM report_staff u
    WHERE u.role = 'CHILD_PROTECTION_CHAIR' AND lower(u.display_name) = lower(btrim(c.chair)))
WHERE (SELECT count(*) FROM report_staff u
       WHERE u.role = 'CHILD_PROTECTION_CHAIR' AND lower(u.display_name) = lower(btrim(c.chair))) = 1;

CREATE INDEX initial_conference_chair ON initial_conference (chair_id, held_on) WHERE chair_id IS NOT NULL;
