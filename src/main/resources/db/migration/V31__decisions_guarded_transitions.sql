-- Every decision is a guarded transition: its UPDATE names the status and version the user
-- saw, so when two people decide at once only one row changes and the other is told the
-- record moved under them (issue 9, "Decisions race"). Transfers and section 47 enquiries
-- had no version; an enquiry's status was only implied by its end date.
ALTER TABLE case_transfer ADD COLUMN version integer NOT NULL DEFAULT 0;

ALTER TABLE section47_enquiry
    ADD COLUMN status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CONCLUDED')),
    ADD COLUMN version integer NOT NULL DEFAULT 0;
UPDATE section47_enquiry SET status = 'CONCLUDED' WHERE ended_on IS NOT NULL;
ALTER TABLE section47_enquiry ADD CONSTRAINT section47_status_ended CHECK ((status = 'OPEN') = (ended_on IS NULL));

-- Who made the latest change and when, so the user who lost a race is shown who won it.
ALTER TABLE contact ADD COLUMN changed_by uuid, ADD COLUMN changed_at timestamptz;
ALTER TABLE assessment ADD COLUMN changed_by uuid, ADD COLUMN changed_at timestamptz;
ALTER TABLE plan ADD COLUMN changed_by uuid, ADD COLUMN changed_at timestamptz;
ALTER TABLE section47_enquiry ADD COLUMN changed_by uuid, ADD COLUMN changed_at timestamptz;
ALTER TABLE case_transfer ADD COLUMN changed_by uuid, ADD COLUMN changed_at timestamptz;
