-- People's reporting API for where children live, at the level the partnership's figures
-- use: the postcode district (the outward code, BK7 of BK7 3QT) of each child's current
-- address. Never the address itself. A child with no current address has no row.
CREATE VIEW report_child_area AS
SELECT DISTINCT ON (pa.person_id) pa.person_id,
       CASE WHEN position(' ' IN trim(a.postcode)) > 0 THEN upper(split_part(trim(a.postcode), ' ', 1))
            ELSE left(a.postcode_key, greatest(length(a.postcode_key) - 3, 0)) END AS postcode_district
FROM person_address pa JOIN address a ON a.id = pa.address_id JOIN person p ON p.id = pa.person_id
WHERE pa.moved_out IS NULL AND p.kind IN ('CHILD', 'UNBORN')
ORDER BY pa.person_id, pa.moved_in DESC NULLS LAST;
