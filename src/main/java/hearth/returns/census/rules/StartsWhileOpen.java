package hearth.returns.census.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * The parts of a group (a child's episodes, an episode's assessments) that start while another
 * part is open. The validator pairs every part with every part of its group, itself included, and
 * keeps the pairs its rule describes; {@code startsWhile} is that description.
 */
final class StartsWhileOpen {

    private StartsWhileOpen() {
    }

    /** Episodes and enquiries are few per child, so pairing them all stays small. */
    static <T> List<T> among(List<T> group, BiPredicate<T, T> startsWhile) {
        return group.stream().filter(part -> group.stream().anyMatch(other -> startsWhile.test(part, other)))
                .toList();
    }

    /**
     * On or after the other's start and on or before its end; when it has no end, on or before
     * {@code openUntil} (null when an open part does not count).
     */
    static boolean within(LocalDate start, LocalDate otherStart, LocalDate otherEnd, LocalDate openUntil) {
        if (start.isBefore(otherStart)) {
            return false;
        }
        if (otherEnd != null) {
            return !start.isAfter(otherEnd);
        }
        return openUntil != null && !start.isAfter(openUntil);
    }

    /** Two parts with the same start and the same end (or both none) are one to the validator. */
    static boolean twins(LocalDate start, LocalDate end, LocalDate otherStart, LocalDate otherEnd) {
        return start.equals(otherStart) && Objects.equals(end, otherEnd);
    }
}
