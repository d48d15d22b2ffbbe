package hearth.returns.jobs;

import hearth.returns.census.Finding;

/** How many times a check found a rule broken: the summary above the list of findings. */
public record RuleCount(String rule, Finding.Severity severity, String message, long count) {
}
