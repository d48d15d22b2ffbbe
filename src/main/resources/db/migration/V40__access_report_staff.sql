-- What other modules may read of access's users and teams, so that a page listing cases,
-- transfers or supervisions can name the people and teams in the same query without
-- naming staff_user or team. Access may change those tables as long as these views keep
-- their columns. Nothing here is sensitive: no passwords, no sign-in state.
CREATE VIEW report_team AS
SELECT t.id, t.name, t.kind, t.manager_id
FROM team t;

CREATE VIEW report_staff AS
SELECT u.id, u.display_name, u.role, u.team_id, t.name AS team_name
FROM staff_user u LEFT JOIN team t ON t.id = u.team_id;
