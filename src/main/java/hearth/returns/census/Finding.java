package hearth.returns.census;

/** A rule a return breaks: the DfE's code and words, the child (null for the whole file), and where to fix it. */
public record Finding(String rule, Severity severity, String message, String laChildId, String field, String fixAt) {

    /** The DfE's two kinds: an error stops a submission, a query must be explained. */
    public enum Severity {
        ERROR,
        QUERY
    }
}
