-- Who took part in a strategy discussion, by name, agency and role, and who chaired it.
-- Discussions recorded before this have only the agencies ticked: no chair, no participants.
ALTER TABLE strategy_discussion ADD COLUMN chair text;

CREATE TABLE strategy_discussion_participant (
    discussion_id uuid NOT NULL REFERENCES strategy_discussion (id),
    position      int  NOT NULL,
    name          text NOT NULL,
    agency        text NOT NULL,
    role          text,
    PRIMARY KEY (discussion_id, position)
);
