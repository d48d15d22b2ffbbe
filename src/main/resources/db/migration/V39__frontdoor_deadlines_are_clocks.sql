-- A contact's deadlines are timeliness clocks now (copied by V38), so the contact no longer keeps
-- its own copy that could disagree with them. The hub's queue is read in order of arrival and
-- sorted by the clocks' due times.
DROP INDEX contact_queue;
ALTER TABLE contact DROP COLUMN priority_due_at;
ALTER TABLE contact DROP COLUMN decision_due_at;
ALTER TABLE contact DROP COLUMN handover_due_at;
ALTER TABLE contact DROP COLUMN handed_over_at;
CREATE INDEX contact_queue ON contact (status, received_at) WHERE status IN ('RECEIVED', 'AWAITING_AUTHORISATION');
