-- People's reporting view of where children live gains the full postcode in its key form (upper
-- case, no spaces), so that a council's postcode-to-ward table can place a child in a ward.
-- Still never the address itself.
CREATE OR REPLACE VIEW report_child_area AS
SELECT DISTINCT ON (pa.person_id) pa.person_id,
       CASE WHEN position(' ' IN trim(a.postcode)) > 0 THEN upper(split_part(trim(a.postcode), ' ', 1))
            ELSE left(a.postcode_key, greatest(length(a.postcode_key) - 3, 0)) END AS postcode_district,
       a.postcode_key
FROM person_address pa JOIN address a ON a.id = pa.address_id JOIN person p ON p.id = pa.person_id
WHERE pa.moved_out IS NULL AND p.kind IN ('CHILD', 'UNBORN')
ORDER BY pa.person_id, pa.moved_in DESC NULLS LAST;
