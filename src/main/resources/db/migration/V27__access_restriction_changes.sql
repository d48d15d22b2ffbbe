-- A restriction can now be changed (who is named) and lifted from its page, by the people
-- named on it. Two of them at once must not both win: each change names the version it read.
ALTER TABLE record_restriction ADD COLUMN version integer NOT NULL DEFAULT 0;
COMMENT ON COLUMN record_restriction.reason IS 'sensitive: why the record is restricted, may describe a member of staff''s family';
