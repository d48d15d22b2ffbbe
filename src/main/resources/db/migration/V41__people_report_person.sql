-- What other modules may read of the person index in bulk (the benchmarks sample the
-- people they search for and describe), so that they need not name person. People may
-- change its tables as long as this view keeps its columns. It holds names and dates of
-- birth (personal data) and nothing more: addresses and identifiers stay behind the API.
CREATE VIEW report_person AS
SELECT p.id, p.kind, p.forenames, p.surname, p.date_of_birth
FROM person p;
