-- An assessment still open when its case closes ends with the case, on that day, rather
-- than staying "in progress" for ever with no clock.
ALTER TABLE assessment
    DROP CONSTRAINT assessment_status_check,
    DROP CONSTRAINT assessment_check1,
    ADD COLUMN ended_on date,
    ADD CONSTRAINT assessment_status_check CHECK (status IN ('IN_PROGRESS', 'SUBMITTED', 'AUTHORISED', 'ENDED')),
    ADD CONSTRAINT assessment_submitted CHECK (status IN ('IN_PROGRESS', 'ENDED') OR submitted_at IS NOT NULL),
    ADD CONSTRAINT assessment_ended CHECK ((status = 'ENDED') = (ended_on IS NOT NULL));
