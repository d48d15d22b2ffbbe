-- Assessment's reporting API for the neglect tool: one row per completion with the child's
-- id, the day and the overall grade, the average of its items' grades (1 needs fully met to 5
-- needs not met: lower is better). No notes, no item grades, no one's words.
CREATE VIEW report_neglect_tool AS
SELECT c.id, c.person_id, c.completed_on, round(avg(g.grade), 2) AS overall_grade
FROM neglect_tool_completion c JOIN neglect_tool_grade g ON g.completion_id = c.id
GROUP BY c.id, c.person_id, c.completed_on;
