-- Police notifications arrive in bulk, hundreds a day. Each becomes a contact in the hub's
-- queue; the force's own reference makes a resent notification recognisable, and the
-- incident reference ties together notifications about the same incident.
CREATE TABLE police_notification (
    id                uuid PRIMARY KEY,
    force             text NOT NULL,
    notification_ref  text NOT NULL,
    incident_ref      text,
    incident_at       timestamp NOT NULL,
    incident_type     text NOT NULL,
    location_postcode text,
    officer_grading   text NOT NULL CHECK (officer_grading IN ('standard', 'medium', 'high')),
    dash_risk         text CHECK (dash_risk IN ('standard', 'medium', 'high')),
    summary           text NOT NULL,
    officer           text,
    contact_id        uuid NOT NULL REFERENCES contact (id),
    received_at       timestamptz NOT NULL,
    UNIQUE (force, notification_ref)
);
COMMENT ON TABLE police_notification IS 'sensitive: police information about families';
CREATE INDEX police_notification_incident ON police_notification (force, incident_ref);

CREATE TABLE notification_person (
    notification_id uuid NOT NULL REFERENCES police_notification (id),
    position        integer NOT NULL,
    role            text NOT NULL,
    surname         text NOT NULL,
    forenames       text NOT NULL,
    date_of_birth   date,
    sex             text,
    address         text,
    postcode        text,
    PRIMARY KEY (notification_id, position)
);
COMMENT ON TABLE notification_person IS 'sensitive: people named in police notifications';
