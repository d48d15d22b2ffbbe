package hearth.returns.census.export;

import hearth.returns.census.export.CensusRows.ChildRecords;
import hearth.returns.census.export.CensusRows.ClosureRow;
import hearth.returns.census.export.CensusRows.ContactRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A child's episodes of need as Hearth's records show them. An episode opens with the first
 * piece of statutory work after the last closure (a referral, an allocation, an involvement,
 * an assessment, a section 47 enquiry or a plan; early help is not an episode) and ends when
 * the case closes. A referral while an episode is open belongs to it, not to a new one. Each
 * assessment, enquiry and plan belongs to the episode open on its start.
 */
final class Episodes {

    private Episodes() {
    }

    /** One episode's span and what opened it; closedOn and reason are null while it is open. */
    record Span(LocalDate referredOn, String source, LocalDate closedOn, String reason) {

        boolean holds(LocalDate day) {
            return !day.isBefore(referredOn) && (closedOn == null || !day.isAfter(closedOn));
        }
    }

    static List<Span> of(ChildRecords records) {
        List<LocalDate> starts = Stream.of(records.contacts().stream().filter(ContactRow::referral)
                        .map(ContactRow::receivedOn), records.work().stream().map(CensusRows.WorkRow::startedOn),
                records.assessments().stream().map(CensusRows.AssessmentRow::startedOn),
                records.enquiries().stream().map(CensusRows.EnquiryRow::startedOn),
                records.plans().stream().map(CensusRows.PlanRow::startedOn))
                .flatMap(s -> s).sorted().toList();
        List<ClosureRow> closures = records.closures().stream().sorted(Comparator.comparing(ClosureRow::closedOn))
                .toList();
        List<Span> spans = new ArrayList<>();
        LocalDate after = null;
        for (ClosureRow closure : closures) {
            LocalDate opened = firstOnOrAfter(starts, after, closure.closedOn());
            if (opened != null) {
                spans.add(new Span(opened, source(records.contacts(), after, opened, closure.closedOn()),
                        closure.closedOn(), closure.reason()));
            }
            after = closure.closedOn();
        }
        LocalDate opened = firstOnOrAfter(starts, after, LocalDate.MAX);
        if (opened != null) {
            spans.add(new Span(opened, source(records.contacts(), after, opened, LocalDate.MAX), null, null));
        }
        return spans;
    }

    /** The first start after the previous closure ({@code after}, exclusive) and on or before {@code until}. */
    private static LocalDate firstOnOrAfter(List<LocalDate> starts, LocalDate after, LocalDate until) {
        return starts.stream().filter(d -> (after == null || d.isAfter(after)) && !d.isAfter(until)).findFirst()
                .orElse(null);
    }

    /**
     * The DfE source of the episode's referral: its first referral (which may be received after
     * work began, when a worker opened the case first), or else the latest contact with a source
     * since the last closure and on or before the episode's first day.
     */
    private static String source(List<ContactRow> contacts, LocalDate after, LocalDate opened, LocalDate until) {
        return contacts.stream().filter(c -> c.referral() && c.source() != null && within(c, after, until))
                .min(Comparator.comparing(ContactRow::receivedOn))
                .or(() -> contacts.stream().filter(c -> c.source() != null && within(c, after, opened))
                        .max(Comparator.comparing(ContactRow::receivedOn)))
                .map(ContactRow::source).orElse(null);
    }

    private static boolean within(ContactRow contact, LocalDate after, LocalDate until) {
        return (after == null || contact.receivedOn().isAfter(after)) && !contact.receivedOn().isAfter(until);
    }

    /** The episode an activity that started on {@code day} belongs to, or null. */
    static Span holding(List<Span> spans, LocalDate day) {
        return spans.stream().filter(s -> s.holds(day)).findFirst().orElse(null);
    }

}
