-- The scheduled scan remembers which clocks it has already raised alerts for, so each
-- alert is raised once however often it runs.
ALTER TABLE clock ADD COLUMN due_soon_alerted_at timestamptz;
ALTER TABLE clock ADD COLUMN overdue_alerted_at timestamptz;
