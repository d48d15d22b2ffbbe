-- A data protection officer asked "what exactly did they change?" and the trail said only
-- CHANGE_PERSON. Every row written to a table holding a child's data now records, in the
-- same transaction, the new record (an addition), before and after of each changed column
-- (an edit) or the removed record. Triggers cannot be forgotten by new code.
-- sensitive: changes holds copies of the child's data as it was and as it became.
ALTER TABLE audit_entry ADD COLUMN changes jsonb;
COMMENT ON COLUMN audit_entry.changes IS 'sensitive: before and after values of a child''s record';

-- The acting user comes from settings Hearth puts on every connection it hands out
-- (hearth.user_id, hearth.username, hearth.remote_addr); a row written without them (a
-- background step, a command) is recorded as Hearth itself. The demo generator sets
-- hearth.bulk_load for its one transaction and records the generation as one entry.
CREATE FUNCTION audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    this_row jsonb := coalesce(new_row, old_row);
    change jsonb;
    people uuid[];
BEGIN
    IF TG_OP = 'UPDATE' THEN
        SELECT jsonb_object_agg(n.key, jsonb_build_object('from', old_row -> n.key, 'to', n.value)) INTO change
        FROM jsonb_each(new_row) n
        WHERE n.value IS DISTINCT FROM old_row -> n.key AND n.key <> 'version';
        IF change IS NULL THEN
            RETURN NULL;
        END IF;
    ELSE
        change := this_row;
    END IF;
    -- TG_ARGV: (person column) or (own column, table, its column, its person column) for a
    -- row that names its child through another table, such as a plan's meeting.
    IF TG_NARGS = 1 THEN
        people := ARRAY[(this_row ->> TG_ARGV[0])::uuid];
    ELSE
        EXECUTE format('SELECT array_agg(DISTINCT %I) FROM %I WHERE %I = $1::uuid AND %I IS NOT NULL',
                       TG_ARGV[3], TG_ARGV[1], TG_ARGV[2], TG_ARGV[3])
            INTO people USING this_row ->> TG_ARGV[0];
        people := coalesce(people, ARRAY[NULL::uuid]);
    END IF;
    INSERT INTO audit_entry (at, user_id, username, action, person_id, detail, remote_addr, allowed, changes)
    SELECT clock_timestamp(), nullif(current_setting('hearth.user_id', true), '')::uuid,
           coalesce(nullif(current_setting('hearth.username', true), ''), 'hearth'),
           CASE TG_OP WHEN 'INSERT' THEN 'RECORD_ADDED' WHEN 'UPDATE' THEN 'RECORD_CHANGED' ELSE 'RECORD_REMOVED' END,
           p, replace(TG_TABLE_NAME, '_', ' '), nullif(current_setting('hearth.remote_addr', true), ''), true, change
    FROM unnest(people) p;
    RETURN NULL;
END $$;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('person', 'id'), ('person_identifier', 'person_id'), ('person_address', 'person_id'),
        ('household_member', 'person_id'), ('relationship', 'person_id'), ('professional_contact', 'person_id'),
        ('allocation', 'person_id'), ('involvement', 'person_id'), ('case_alert', 'person_id'),
        ('chronology_entry', 'person_id'), ('strategy_discussion', 'person_id'), ('section47_enquiry', 'person_id'),
        ('initial_conference', 'person_id'), ('plan', 'person_id'), ('visit', 'person_id'),
        ('case_closure', 'person_id'), ('case_transfer', 'person_id'), ('supervision', 'person_id'),
        ('supervision_action', 'person_id'), ('management_oversight', 'person_id'),
        ('engagement_event', 'person_id'), ('assessment', 'person_id'), ('neglect_tool_completion', 'person_id'),
        ('contact_child', 'person_id'), ('record_restriction', 'person_id'), ('record_restriction_user', 'person_id'),
        ('plan_meeting', 'plan_id,plan,id,person_id'), ('plan_outcome', 'plan_id,plan,id,person_id'),
        ('neglect_tool_grade', 'completion_id,neglect_tool_completion,id,person_id'),
        ('contact', 'id,contact_child,contact_id,person_id'),
        ('information_request', 'contact_id,contact_child,contact_id,person_id')) AS v (tab, args)
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                       || 'WHEN (current_setting(''hearth.bulk_load'', true) IS DISTINCT FROM ''on'') '
                       || 'EXECUTE FUNCTION audit_change(%s)',
                       t.tab || '_audit_change', t.tab,
                       (SELECT string_agg(quote_literal(a), ', ') FROM unnest(string_to_array(t.args, ',')) a));
    END LOOP;
END $$;

-- Seals: entries are chained in id order with an HMAC keyed by a secret kept outside the
-- database, so an altered, removed or reordered entry is found by verify-audit. An id is
-- taken only after the inserting transaction has its transaction id, so the sealer can
-- tell when no running transaction can still commit an entry below a given id.
CREATE FUNCTION audit_entry_next_id() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_current_xact_id();
    RETURN nextval('audit_entry_id_seq');
END $$;
ALTER TABLE audit_entry ALTER COLUMN id SET DEFAULT audit_entry_next_id();

CREATE TABLE audit_seal (
    entry_id   bigint PRIMARY KEY,
    mac        bytea NOT NULL,
    key_id     text NOT NULL,
    sealed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER audit_seal_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
