-- Completions of a graded neglect tool, done with the family and repeated over time so
-- the grades show whether care is getting better. The tool itself is configuration (a
-- council may load its own licensed tool), so each completion keeps the tool's id and
-- version, and each grade the item's id as the tool named it.
CREATE TABLE neglect_tool_completion (
    id            uuid PRIMARY KEY,
    person_id     uuid NOT NULL,
    tool_id       text NOT NULL,
    tool_version  text NOT NULL,
    completed_on  date NOT NULL,
    took_part     text NOT NULL,
    notes         text,
    recorded_by   uuid NOT NULL,
    recorded_at   timestamptz NOT NULL
);
CREATE INDEX neglect_tool_completion_person ON neglect_tool_completion (person_id, completed_on);
COMMENT ON TABLE neglect_tool_completion IS 'sensitive: how a child is cared for, and who in the family took part';

-- One grade per item: 1 (needs fully met) to 5 (needs not met), as the tools grade.
CREATE TABLE neglect_tool_grade (
    completion_id  uuid NOT NULL REFERENCES neglect_tool_completion (id),
    domain_id      text NOT NULL,
    item_id        text NOT NULL,
    grade          smallint NOT NULL CHECK (grade BETWEEN 1 AND 5),
    PRIMARY KEY (completion_id, item_id)
);
