package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a plan starts while another plan of the same child is open, as rules 4016 and 4017
 * compare a child in need plan with a child protection plan across all of a child's episodes:
 * on or after the other's start and before its end, or, when the other has no end, on or
 * before the reference date. A missing or malformed start never overlaps.
 */
final class PlanOverlap {

    private PlanOverlap() {
    }

    static boolean startsWhileOpen(String start, String otherStart, String otherEnd, CollectionWindow window) {
        LocalDate day = ValidatorDates.date(start);
        LocalDate opened = ValidatorDates.date(otherStart);
        if (day == null || opened == null || day.isBefore(opened)) {
            return false;
        }
        LocalDate closed = ValidatorDates.date(otherEnd);
        return closed != null ? day.isBefore(closed) : !day.isAfter(window.end());
    }

    static List<CensusFile.CinPlan> cinPlans(CensusFile.Child child) {
        return child.episodes().stream().flatMap(episode -> episode.cinPlans().stream()).toList();
    }

    static List<CensusFile.ProtectionPlan> protectionPlans(CensusFile.Child child) {
        return child.episodes().stream().flatMap(episode -> episode.protectionPlans().stream()).toList();
    }
}
