-- A contact's decision, red-priority and out-of-hours handover deadlines were columns on the
-- contact, outside the clocks: not scanned for alerts, not on "my work", not in the figures.
-- They become clocks named by the contact (and no child: a contact may name several children or
-- one not yet matched). This copies every contact's deadlines as they stood; V39 then drops the
-- columns from contact. Only the clock table is changed here.

-- The decision: met when it was made; a standard police notification had its own timescale.
INSERT INTO clock (id, person_id, kind, subject_type, subject_id, started_at, due_at, status, completed_at)
SELECT gen_random_uuid(), NULL,
       CASE WHEN EXISTS (SELECT 1 FROM police_notification n WHERE n.contact_id = c.id AND n.officer_grading = 'standard')
            THEN 'POLICE_NOTIFICATION_DECISION' ELSE 'CONTACT_DECISION' END,
       'CONTACT', c.id, c.received_at, c.decision_due_at,
       CASE WHEN c.decided_at IS NULL THEN 'OPEN' ELSE 'MET' END, c.decided_at
FROM contact c WHERE c.received_at IS NOT NULL AND c.decision_due_at IS NOT NULL;

-- Red priority, for the contacts that are red now (every contact carried the time it would be due).
INSERT INTO clock (id, person_id, kind, subject_type, subject_id, started_at, due_at, status, completed_at)
SELECT gen_random_uuid(), NULL, 'CONTACT_RED_PRIORITY', 'CONTACT', c.id, c.received_at, c.priority_due_at,
       CASE WHEN c.decided_at IS NULL THEN 'OPEN' ELSE 'MET' END, c.decided_at
FROM contact c WHERE c.received_at IS NOT NULL AND c.priority_due_at IS NOT NULL AND c.priority = 'RED';

-- The handover: met when the day team picked the contact up; a contact decided and closed without
-- one no longer waits for it, so that clock is cancelled, not met.
INSERT INTO clock (id, person_id, kind, subject_type, subject_id, started_at, due_at, status, completed_at,
                   cancelled_at)
SELECT gen_random_uuid(), NULL, 'OUT_OF_HOURS_HANDOVER', 'CONTACT', c.id, c.received_at, c.handover_due_at,
       CASE WHEN c.handed_over_at IS NOT NULL THEN 'MET' WHEN c.status = 'DECIDED' THEN 'CANCELLED' ELSE 'OPEN' END,
       c.handed_over_at,
       CASE WHEN c.handed_over_at IS NULL AND c.status = 'DECIDED' THEN coalesce(c.authorised_at, c.decided_at) END
FROM contact c WHERE c.received_at IS NOT NULL AND c.handover_due_at IS NOT NULL;
