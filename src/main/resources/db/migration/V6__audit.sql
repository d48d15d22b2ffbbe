-- The audit trail is append-only: rows can be added, never changed or removed, even by
-- the application's own database user.
CREATE TABLE audit_entry (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL,
    user_id     uuid,
    username    text NOT NULL,
    action      text NOT NULL,
    person_id   uuid,
    detail      text,
    reason      text,
    remote_addr text,
    allowed     boolean NOT NULL
);
CREATE INDEX audit_entry_person ON audit_entry (person_id, at DESC);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END $$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
