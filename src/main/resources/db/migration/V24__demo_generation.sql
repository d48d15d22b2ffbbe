-- The demo generation that made this database. Written (and committed) before the council is
-- generated and finished in the generation's own transaction, so a start that finds it
-- unfinished knows a generation was killed half-way: it wipes what that generation left
-- and generates again. kept_tables: the tables that already held rows when it began (never wiped).
CREATE TABLE demo_generation (
    id          int PRIMARY KEY CHECK (id = 1),
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    children    int NOT NULL,
    years       int NOT NULL,
    seed        bigint NOT NULL,
    kept_tables text[] NOT NULL
);
