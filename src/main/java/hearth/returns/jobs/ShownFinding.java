package hearth.returns.jobs;

import hearth.returns.census.Finding;

/**
 * A finding as the performance officer sees it: the child's LA id (or "Restricted record"
 * for a record that does not name them, with no link), the rule, the allocated worker and
 * team to ask, and the page where it is fixed. Ids and messages, never case notes.
 */
public record ShownFinding(Finding finding, String child, String worker, String team, String fixAt) {
}
