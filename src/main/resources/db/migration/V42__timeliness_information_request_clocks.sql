-- The answer to a request for information was due by a column on the request, outside the
-- clocks: not scanned for alerts, not recomputed when the timescale or a bank holiday changed,
-- not in the timeliness figures. It becomes a clock named by the request (and no child, like a
-- contact's own clocks). This copies every request's due time as it stood; V43 then drops the
-- column. Only the clock table is changed here.
INSERT INTO clock (id, person_id, kind, subject_type, subject_id, started_at, due_at, status, completed_at)
SELECT gen_random_uuid(), NULL, 'INFORMATION_REQUEST_ANSWER', 'INFORMATION_REQUEST', r.id, r.requested_at, r.due_at,
       CASE WHEN r.responded_at IS NULL THEN 'OPEN' ELSE 'MET' END, r.responded_at
FROM information_request r;
