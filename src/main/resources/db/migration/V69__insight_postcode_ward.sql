-- The council's postcode-to-ward table (ONS ward codes such as E05001234), which lets the
-- partnership's figures be filtered by ward as well as by postcode district. An upload
-- replaces both tables. The wards are kept apart from their postcodes so that the filter's list
-- of wards reads a few hundred rows, not every postcode.
CREATE TABLE ward (
    ward_code text PRIMARY KEY,
    ward_name text NOT NULL,
    source    text NOT NULL,
    loaded_at timestamptz NOT NULL
);
CREATE TABLE postcode_ward (
    postcode_key text PRIMARY KEY,
    ward_code    text NOT NULL REFERENCES ward (ward_code)
);
CREATE INDEX postcode_ward_code ON postcode_ward (ward_code);

-- The child population may give a ward's children by its code, for the rate per 10,000 by ward.
ALTER TABLE child_population DROP CONSTRAINT child_population_postcode_district_check,
    ADD CONSTRAINT child_population_area CHECK (postcode_district ~ '^([A-Z]{1,2}[0-9][0-9A-Z]?|[EW]05[0-9]{6})$');
