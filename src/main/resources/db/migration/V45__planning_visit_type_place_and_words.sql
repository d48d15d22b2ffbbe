-- A visit says what kind of visit it was and where, and, when the child was seen but their
-- words could not be written down (too young, non-verbal), why not. Visits recorded before
-- this have none of these: they stay null.
ALTER TABLE visit
    ADD COLUMN visit_type text,
    ADD COLUMN place text,
    ADD COLUMN words_not_recorded_reason text;
