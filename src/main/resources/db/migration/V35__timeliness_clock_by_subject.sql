-- A clock is met or cancelled by naming what it times (kind and subject). Without an index
-- each step scanned every clock, so recording grew slower as the council's history grew.
CREATE INDEX clock_open_subject ON clock (kind, source_ref) WHERE completed_at IS NULL;
