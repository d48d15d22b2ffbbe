-- What the Children in Need census and Ofsted's lists need of a child's identity, which the
-- person index did not yet hold: the date of death, the former UPN (a scheme of its own)
-- and, where a child has no UPN, the DfE's reason (UN1 to UN10).
ALTER TABLE person
    ADD COLUMN date_of_death date,
    ADD COLUMN upn_unknown text CHECK (upn_unknown ~ '^UN([1-9]|10)$');
ALTER TABLE person_identifier DROP CONSTRAINT person_identifier_scheme_check,
    ADD CONSTRAINT person_identifier_scheme_check CHECK (scheme IN ('NHS', 'UPN', 'FORMER_UPN', 'COUNCIL_CHILD_ID'));

-- People's reporting API for children: one row per child (and unborn child) with the
-- identifiers and characteristics a statutory return carries. Names and addresses stay out.
-- People may change its tables as long as this view keeps its columns.
CREATE VIEW report_child AS
SELECT p.id, p.kind, p.date_of_birth, p.expected_delivery, p.date_of_death, p.sex, p.ethnicity,
       p.disabilities, p.upn_unknown,
       (SELECT value FROM person_identifier i WHERE i.person_id = p.id AND i.scheme = 'UPN') AS upn,
       (SELECT value FROM person_identifier i WHERE i.person_id = p.id AND i.scheme = 'FORMER_UPN') AS former_upn,
       (SELECT value FROM person_identifier i WHERE i.person_id = p.id AND i.scheme = 'COUNCIL_CHILD_ID') AS council_child_id
FROM person p
WHERE p.kind IN ('CHILD', 'UNBORN');
