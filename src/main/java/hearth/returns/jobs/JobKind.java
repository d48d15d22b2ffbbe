package hearth.returns.jobs;

import hearth.platform.Labelled;

/** The background work of the returns, started from the census pages. */
public enum JobKind implements Labelled {
    CENSUS_CHECK,
    CENSUS_EXPORT,
    FILE_CHECK
}
