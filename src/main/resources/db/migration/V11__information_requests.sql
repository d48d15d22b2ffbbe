-- The hub asks police, health and schools what they know before deciding; each request has
-- a response due time, and the answers are the checks the decision rests on.
CREATE TABLE information_request (
    id           uuid PRIMARY KEY,
    contact_id   uuid NOT NULL REFERENCES contact (id),
    agency       text NOT NULL CHECK (agency IN ('POLICE', 'HEALTH', 'SCHOOL', 'OTHER')),
    asked_of     text,
    question     text NOT NULL,
    requested_by uuid NOT NULL,
    requested_at timestamptz NOT NULL,
    due_at       timestamptz NOT NULL,
    response     text,
    responded_at timestamptz,
    CHECK (response IS NULL OR responded_at IS NOT NULL)
);
COMMENT ON TABLE information_request IS 'sensitive: what partners know about a family';
CREATE INDEX information_request_contact ON information_request (contact_id);
