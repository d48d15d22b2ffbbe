-- The children living in each postcode district, which a council uploads from its own
-- population estimates (the ONS's, or its public health team's), so that figures can be
-- given per 10,000 children. The demo ships a synthetic one. Replaced whole on each upload.
CREATE TABLE child_population (
    postcode_district text PRIMARY KEY CHECK (postcode_district ~ '^[A-Z]{1,2}[0-9][0-9A-Z]?$'),
    children          integer NOT NULL CHECK (children >= 0),
    source            text NOT NULL,
    loaded_at         timestamptz NOT NULL
);
