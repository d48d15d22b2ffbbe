-- The chair of a review child protection conference is a user, as the initial conference's is,
-- so the chair's home can list the reviews they chair. Meetings recorded before have none.
ALTER TABLE plan_meeting ADD COLUMN chair_id uuid;

CREATE INDEX plan_meeting_chair ON plan_meeting (chair_id, held_on) WHERE chair_id IS NOT NULL;
