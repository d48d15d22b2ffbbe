package hearth.returns.census.export;

import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.export.CensusRows.AssessmentRow;
import hearth.returns.census.export.CensusRows.ChildRecords;
import hearth.returns.census.export.CensusRows.ChildRow;
import hearth.returns.census.export.CensusRows.ConferenceRow;
import hearth.returns.census.export.CensusRows.EnquiryRow;
import hearth.returns.census.export.CensusRows.NeedRow;
import hearth.returns.census.export.CensusRows.PlanRow;
import hearth.timeliness.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One child's census record for a year, made from their records: the episodes open at any time
 * in the year, each with the assessments, plans and enquiries that belong to it and touch the
 * year. Anything dated after the reference date has not happened yet for this return: a plan
 * ending in April is open at 31 March, an assessment authorised then is not yet complete.
 */
final class ChildInNeed {

    /** Working days from the strategy discussion to the initial conference (Working Together). */
    static final int CONFERENCE_WORKING_DAYS = 15;

    /**
     * The DfE's "source unknown": an episode a worker opened with no contact recorded (a case
     * opened by allocation, or moved in from an old system) has no source Hearth could report,
     * and the schema requires one on every episode.
     */
    static final String SOURCE_UNKNOWN = "10";

    private final LocalDate start;
    private final LocalDate end;
    private final WorkingCalendar calendar;

    ChildInNeed(CensusYear year) {
        this(year.start(), year.referenceDate(), year.calendar());
    }

    /** Any period, as Ofsted's lists ask: {@code end} plays the part of the census's reference date. */
    ChildInNeed(LocalDate start, LocalDate end, WorkingCalendar calendar) {
        this.start = start;
        this.end = end;
        this.calendar = calendar;
    }

    /** The child's record, or null when no episode of theirs is open in the year. */
    CensusFile.Child of(ChildRecords r) {
        String child = r.child().id().toString();
        List<Episodes.Span> spans = Episodes.of(r);
        List<CensusFile.Episode> episodes = spans.stream()
                .filter(s -> !s.referredOn().isAfter(end)
                        && (s.closedOn() == null || !s.closedOn().isBefore(start)))
                .map(s -> episode(r, s, spans, child)).toList();
        if (episodes.isEmpty()) {
            return null;
        }
        return new CensusFile.Child(identifiers(r.child()), new CensusFile.Characteristics(r.child().ethnicity(),
                r.child().disabilities()), episodes, FixAt.person(child));
    }

    /**
     * A child not yet born on the reference date is reported as unborn: the expected date of
     * birth (the date they were born, when that is recorded since) and sex U, as the DfE asks.
     */
    private CensusFile.Identifiers identifiers(ChildRow c) {
        boolean unborn = "UNBORN".equals(c.kind()) || c.born() != null && c.born().isAfter(end);
        LocalDate expected = c.due() != null ? c.due() : c.born();
        return new CensusFile.Identifiers(LaChildId.of(c), c.upn(), c.formerUpn(), c.upn() == null ? c.upnUnknown() : null,
                unborn ? null : text(c.born()), unborn ? text(expected) : null, unborn ? "U" : c.sex(), text(c.died()));
    }

    private CensusFile.Episode episode(ChildRecords r, Episodes.Span span, List<Episodes.Span> all, String child) {
        List<CensusFile.Assessment> assessments = r.assessments().stream()
                .filter(a -> span.equals(Episodes.holding(all, a.startedOn())) && inYear(a.startedOn(), a.authorisedOn()))
                .map(a -> assessment(a, child)).toList();
        List<CensusFile.CinPlan> cinPlans = r.plans().stream().filter(p -> !p.protection())
                .filter(p -> span.equals(Episodes.holding(all, p.startedOn())) && inYear(p.startedOn(), p.endedOn()))
                .map(p -> new CensusFile.CinPlan(text(p.startedOn()), reported(p.endedOn()), FixAt.plans(child)))
                .toList();
        List<CensusFile.Section47> enquiries = r.enquiries().stream()
                .filter(e -> span.equals(Episodes.holding(all, e.startedOn())))
                .map(e -> section47(e, conference(r, e), child)).filter(Objects::nonNull).toList();
        List<CensusFile.ProtectionPlan> protection = r.plans().stream().filter(PlanRow::protection)
                .filter(p -> span.equals(Episodes.holding(all, p.startedOn())) && inYear(p.startedOn(), p.endedOn()))
                .map(p -> protectionPlan(r, p, child)).toList();
        LocalDate closed = reportedDate(span.closedOn());
        boolean noFurtherAction = ledNowhere(r, span, all);
        return new CensusFile.Episode(text(span.referredOn()), span.source() == null ? SOURCE_UNKNOWN : span.source(),
                noFurtherAction ? null : need(r.needs(), span), text(closed), closed == null ? null : span.reason(),
                null, assessments, cinPlans, enquiries, noFurtherAction ? "1" : "0", protection, FixAt.caseFile(child));
    }

    /**
     * A referral with no further action: nothing followed it in its episode (no allocation,
     * involvement, assessment, enquiry or plan), as when the front door's referral was not taken up.
     */
    private static boolean ledNowhere(ChildRecords r, Episodes.Span span, List<Episodes.Span> all) {
        return Stream.of(r.work().stream().map(CensusRows.WorkRow::startedOn),
                        r.assessments().stream().map(AssessmentRow::startedOn),
                        r.enquiries().stream().map(EnquiryRow::startedOn), r.plans().stream().map(PlanRow::startedOn))
                .flatMap(d -> d).noneMatch(d -> span.equals(Episodes.holding(all, d)));
    }

    private CensusFile.Assessment assessment(AssessmentRow a, String child) {
        LocalDate authorised = reportedDate(a.authorisedOn());
        return new CensusFile.Assessment(text(a.startedOn()), null, text(authorised),
                authorised == null ? List.of() : a.factors(), FixAt.assessment(child, a.id().toString()));
    }

    /** An enquiry touches the year when it started in it or its conference was held in it. */
    private CensusFile.Section47 section47(EnquiryRow e, ConferenceRow conference, String child) {
        LocalDate held = conference == null ? null : reportedDate(conference.heldOn());
        if (!inPeriod(e.startedOn()) && (held == null || !inPeriod(held))) {
            return null;
        }
        LocalDate target = calendar.workingDaysAfter(e.strategyHeldAt(), CONFERENCE_WORKING_DAYS)
                .atZone(WorkingCalendar.LONDON).toLocalDate();
        boolean notRequired = "NOT_SUBSTANTIATED".equals(e.outcome()) || "SUBSTANTIATED_NO_CONFERENCE".equals(e.outcome());
        return new CensusFile.Section47(text(e.startedOn()), text(target), text(held), notRequired ? "1" : "0",
                FixAt.childProtection(child));
    }

    private CensusFile.ProtectionPlan protectionPlan(ChildRecords r, PlanRow p, String child) {
        String initial = r.conferences().stream().filter(c -> c.heldOn().equals(p.startedOn()) && c.category() != null)
                .map(ConferenceRow::category).findFirst().orElse(p.category());
        long previous = r.plans().stream().filter(o -> o.protection() && o.startedOn().isBefore(p.startedOn())).count();
        List<String> reviews = r.reviews().stream().filter(v -> v.planId().equals(p.id()) && inPeriod(v.heldOn()))
                .map(v -> text(v.heldOn())).toList();
        return new CensusFile.ProtectionPlan(text(p.startedOn()), reported(p.endedOn()), initial, p.category(),
                Long.toString(previous), reviews, FixAt.plans(child));
    }

    private static ConferenceRow conference(ChildRecords r, EnquiryRow e) {
        return r.conferences().stream().filter(c -> c.enquiryId().equals(e.id())).findFirst().orElse(null);
    }

    /** The need recorded last on or before the episode's end (or the reference date, while open). */
    private String need(List<NeedRow> needs, Episodes.Span span) {
        LocalDate until = span.closedOn() == null || span.closedOn().isAfter(end)
                ? end : span.closedOn();
        return needs.stream().filter(n -> !n.recordedOn().isAfter(until)).reduce((a, b) -> b).map(NeedRow::code)
                .orElse(null);
    }

    /**
     * Within the collection period as the DfE's validator reads it: from the previous census's
     * reference date (31 March, which moves into the next collection) to this one's.
     */
    private boolean inPeriod(LocalDate day) {
        return !day.isBefore(start.minusDays(1)) && !day.isAfter(end);
    }

    /** Started by the reference date and not ended before the year began. */
    private boolean inYear(LocalDate started, LocalDate ended) {
        return !started.isAfter(end) && (ended == null || !ended.isBefore(start));
    }

    private String reported(LocalDate day) {
        return text(reportedDate(day));
    }

    /** A date after the reference date has not happened yet for this return. */
    private LocalDate reportedDate(LocalDate day) {
        return day == null || day.isAfter(end) ? null : day;
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
