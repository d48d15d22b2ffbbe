-- An outcome's latest progress is looked up by outcome at every review and on every plan
-- page; the primary key leads with the meeting, so it could not serve that look-up.
CREATE INDEX outcome_progress_outcome ON outcome_progress (outcome_id);
