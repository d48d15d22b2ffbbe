package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Whether a plan starts while another plan of the same child is open, as rules 4016 and 4017
 * compare a child in need plan with a child protection plan across all of a child's episodes:
 * on or after the other's start and before its end, or, when the other has no end, on or
 * before the reference date. A missing or malformed start never overlaps.
 */
final class PlanOverlap {

    /** A plan and the child whose record holds it. */
    record Held<T>(CensusFile.Child child, T plan) {
    }

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

    static List<Held<CensusFile.CinPlan>> cinPlans(List<CensusFile.Child> sameId) {
        return held(sameId, CensusFile.Episode::cinPlans);
    }

    static List<Held<CensusFile.ProtectionPlan>> protectionPlans(List<CensusFile.Child> sameId) {
        return held(sameId, CensusFile.Episode::protectionPlans);
    }

    private static <T> List<Held<T>> held(List<CensusFile.Child> sameId, Function<CensusFile.Episode, List<T>> plans) {
        List<Held<T>> all = new ArrayList<>();
        for (CensusFile.Child child : sameId) {
            for (CensusFile.Episode episode : child.episodes()) {
                plans.apply(episode).forEach(plan -> all.add(new Held<>(child, plan)));
            }
        }
        return all;
    }
}
