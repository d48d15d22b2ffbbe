-- Records without a lifecycle are made once per form: the form's one-time token is kept
-- here, unique, so a double click or a resend after a time-out finds the record already
-- made instead of adding a second meeting, visit or closure to the child's record.
-- Rows made before this migration have no token.
ALTER TABLE plan_meeting ADD COLUMN form_token uuid UNIQUE;
ALTER TABLE strategy_discussion ADD COLUMN form_token uuid UNIQUE;
ALTER TABLE initial_conference ADD COLUMN form_token uuid UNIQUE;
ALTER TABLE case_closure ADD COLUMN form_token uuid UNIQUE;
ALTER TABLE visit ADD COLUMN form_token uuid UNIQUE;
ALTER TABLE supervision ADD COLUMN form_token uuid UNIQUE;
