package hearth.demo;

import hearth.platform.Progress;

/**
 * One part of making a synthetic council. Steps run in their {@code @Order}; a later
 * capability (the front door, child protection...) adds a step that builds on the
 * people and cases the earlier steps made.
 */
interface GenerationStep {

    String title();

    /** How many units of work {@link #run} will report, for the progress bar. */
    long size(SyntheticCouncil council);

    void run(SyntheticCouncil council, Progress progress);

    /**
     * Whether the step writes through the services row by row, growing tables from empty
     * (so the planner needs fresh statistics as it goes); bulk-copying steps do not.
     */
    default boolean writesRowByRow() {
        return true;
    }
}
