package hearth.returns.jobs;

import hearth.platform.Labelled;

/** A job moves only forwards: waiting, running, then finished or stopped with a problem. */
public enum JobStatus implements Labelled {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }
}
