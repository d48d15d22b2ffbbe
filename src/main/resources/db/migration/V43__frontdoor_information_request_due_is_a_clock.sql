-- A request's answer is timed by its clock now (copied by V42), so the request no longer keeps
-- its own due time that could disagree with it.
ALTER TABLE information_request DROP COLUMN due_at;
