package hearth.timeliness;

/**
 * Where a clock is. A met clock may have been met late (completed after its due time); a
 * cancelled one timed a step that will not happen, and is kept so the figures can tell it apart.
 */
public enum ClockStatus { OPEN, MET, CANCELLED }
