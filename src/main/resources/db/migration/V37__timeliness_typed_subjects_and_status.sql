-- A clock names what it times with a type and the record's id (and, for a plan's meetings and
-- visits, which one), not a string built by the caller: the module that meets a clock could
-- only find it by rebuilding the same string, and a plan's clocks were cancelled by a LIKE prefix.
ALTER TABLE clock ADD COLUMN subject_type text;
ALTER TABLE clock ADD COLUMN subject_id uuid;
ALTER TABLE clock ADD COLUMN subject_number int NOT NULL DEFAULT 0;

-- The strings the application wrote: child:<id>, section47:<id>, assessment:<id>,
-- transfer:<id> and plan:<id>:<meeting or visit>:<number>.
UPDATE clock SET subject_id = split_part(source_ref, ':', 2)::uuid,
    subject_type = CASE split_part(source_ref, ':', 1)
        WHEN 'child' THEN 'CHILD' WHEN 'section47' THEN 'ENQUIRY' WHEN 'assessment' THEN 'ASSESSMENT'
        WHEN 'transfer' THEN 'TRANSFER' WHEN 'plan' THEN 'PLAN' END,
    subject_number = CASE WHEN source_ref LIKE 'plan:%' THEN split_part(source_ref, ':', 4)::int ELSE 0 END
WHERE split_part(source_ref, ':', 1) IN ('child', 'section47', 'assessment', 'transfer', 'plan')
  AND split_part(source_ref, ':', 2) ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
-- Any other string came from the clock benchmark's synthetic load, never from a child's record.
DELETE FROM clock WHERE subject_type IS NULL;
ALTER TABLE clock ALTER COLUMN subject_type SET NOT NULL;
ALTER TABLE clock ALTER COLUMN subject_id SET NOT NULL;

-- A cancelled clock was deleted, so a step that would not happen looked like one that was met
-- and its history was lost. It is kept now, with its status, so the figures tell met, met late,
-- overdue and cancelled apart.
ALTER TABLE clock ADD COLUMN status text NOT NULL DEFAULT 'OPEN'
    CHECK (status IN ('OPEN', 'MET', 'CANCELLED'));
ALTER TABLE clock ADD COLUMN cancelled_at timestamptz;
UPDATE clock SET status = 'MET' WHERE completed_at IS NOT NULL;

-- The length each open clock was computed with, in its kind's unit, so a council changing a
-- timescale in configuration has the open clocks it governs recomputed at start.
ALTER TABLE clock ADD COLUMN timescale_length int;

-- A contact's deadlines are the hub's, not one child's: a contact may name several children or
-- one not yet matched, so its clocks name no person.
ALTER TABLE clock ALTER COLUMN person_id DROP NOT NULL;

-- One open clock per kind and subject; a step timed again later (a child's second strategy
-- discussion) starts a new clock and keeps the old one's history.
ALTER TABLE clock DROP CONSTRAINT clock_kind_source_ref_key;
DROP INDEX clock_open_subject;
DROP INDEX clock_open_due;
DROP INDEX clock_open_person;
ALTER TABLE clock DROP COLUMN source_ref;
CREATE UNIQUE INDEX clock_open_subject ON clock (kind, subject_type, subject_id, subject_number) WHERE status = 'OPEN';
CREATE INDEX clock_subject ON clock (subject_type, subject_id);
CREATE INDEX clock_open_due ON clock (due_at) WHERE status = 'OPEN';
CREATE INDEX clock_open_person ON clock (person_id) WHERE status = 'OPEN';
