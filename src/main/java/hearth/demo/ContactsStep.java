package hearth.demo;

import hearth.access.ChildRelationshipStarted;
import hearth.chronology.ChronologyBulkLoad;
import hearth.frontdoor.Consent;
import hearth.frontdoor.ContactId;
import hearth.frontdoor.ContactsBulkLoad;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.Outcome;
import hearth.frontdoor.ThresholdLevel;
import hearth.platform.Progress;
import hearth.timeliness.Timescales;
import hearth.timeliness.WorkingCalendar;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * A year of contacts at the front door in the national proportions: about one contact a
 * year for every four children in the area, a third of them police notifications of low
 * yield, about one in five becoming a referral, most decided within a working day and
 * some late; the most recent still in the hub's queue. Contacts out of office hours come
 * through the out-of-hours service and wait for the day team's handover.
 */
@Component
@Order(25)
class ContactsStep implements GenerationStep {

    static final double CONTACTS_PER_CHILD_PER_YEAR = 15_000.0 / 60_000;
    private static final int CHANGED_AT_AUTHORISATION_PERCENT = 5;
    static final int LATE_DECISIONS_PERCENT = 15;
    static final int PRE_BIRTH_WEEKS = 30;

    private static final Weighted<Source> SOURCES = new Weighted<Source>()
            .add(new Source("6", "POLICE_NOTIFICATION", "Brackenford Police", "police constable, public protection unit"), 28)
            .add(new Source("6", "ONLINE_FORM", "Brackenford Police", "detective constable, child abuse investigation"), 5)
            .add(new Source("2A", "ONLINE_FORM", "Oakfield Primary School", "designated safeguarding lead"), 3)
            .add(new Source("2A", "ONLINE_FORM", Referrers.THE_CHILDS_SCHOOL, "designated safeguarding lead"), 11)
            .add(new Source("2A", "PHONE", Referrers.THE_CHILDS_SCHOOL, "head teacher"), 4)
            .add(new Source("3A", "PHONE", "GP", "GP"), 5)
            .add(new Source("3B", "ONLINE_FORM", "Brackenford Community Health", "health visitor"), 5)
            .add(new Source("3E", "PHONE", "Brackenford General A&E", "paediatric liaison nurse"), 5)
            .add(new Source("5A", "EMAIL", "Adult social care", "social worker, community mental health team"), 7)
            .add(new Source("5D", "ONLINE_FORM", "Early help", "family support practitioner"), 5)
            .add(new Source("1A", "PHONE", "Family member", "relative"), 6)
            .add(new Source("1B", "PHONE", "Member of the public", "neighbour"), 2)
            .add(new Source("4", "EMAIL", "Brackenford Homes", "housing officer"), 3)
            .add(new Source("8", "ONLINE_FORM", "charity", "family worker"), 8)
            .add(new Source("7", "EMAIL", "Probation", "probation officer"), 3);
    private static final Source OUT_OF_HOURS_CALL = new Source("1B", "PHONE", "Member of the public",
            "neighbour, calling the out-of-hours service");
    private static final List<Worry> WORRIES = List.of(
            new Worry("Police attended a domestic incident at the home; the child was present and upset.", "3A"),
            new Worry("The child has come to school hungry and in dirty clothes several days running.", "16A"),
            new Worry("Mother disclosed low mood and said she is struggling to care for the children.", "4B"),
            new Worry("The child has a bruise on the cheek and gave an account that does not match it.", "18C"),
            new Worry("Father was arrested for drug supply; the children were at home.", "2B"),
            new Worry("The child has been reported missing twice this month and was found with older men.", "11A"),
            new Worry("The family home is in very poor condition with no heating.", "16A"),
            new Worry("The young person told a teacher they have been self-harming.", "15A"),
            new Worry("Neighbours report shouting and a child crying late at night.", "3B"));

    private final DataSource dataSource;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Timescales timescales;

    ContactsStep(DataSource dataSource, WorkingCalendar calendar, ApplicationEventPublisher events,
                 Timescales timescales) {
        this.dataSource = dataSource;
        this.calendar = calendar;
        this.timescales = timescales;
        this.events = events;
    }

    @Override
    public boolean writesRowByRow() {
        return false;
    }

    @Override
    public String title() {
        return "A year of contacts";
    }

    @Override
    public long size(SyntheticCouncil council) {
        return contacts(council);
    }

    @Override
    public void run(SyntheticCouncil council, Progress progress) {
        if (council.openCaseCandidates.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            ContactsBulkLoad contacts = new ContactsBulkLoad(connection, timescales);
            ChronologyBulkLoad chronology = new ChronologyBulkLoad(connection);
            long total = contacts(council);
            for (long i = 0; i < total; i++) {
                ContactsBulkLoad.Loaded contact = make(council, i >= total - lastNight(council));
                contacts.contact(contact);
                record(chronology, contact);
                if (!contact.decided()) {
                    openToTheHub(council, contact);
                }
                contacts.flushIfFull();
                chronology.flushIfFull();
                progress.advance(1);
            }
            contacts.close();
            chronology.close();
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static long contacts(SyntheticCouncil council) {
        return Math.round(council.childrenInArea * CONTACTS_PER_CHILD_PER_YEAR);
    }

    /** A few calls to the out-of-hours service since the day team last went home, waiting for its handover. */
    private static long lastNight(SyntheticCouncil council) {
        return Math.max(2, contacts(council) / 3_000);
    }

    private ContactsBulkLoad.Loaded make(SyntheticCouncil council, boolean lastNight) {
        SplittableRandom random = council.random;
        SyntheticCouncil.KnownChild child = Places.any(council.openCaseCandidates, random);
        Source source = lastNight ? OUT_OF_HOURS_CALL : SOURCES.pick(random);
        Worry worry = WORRIES.get(random.nextInt(WORRIES.size()));
        Instant received = lastNight ? sinceTheOfficeClosed(council.now, random) : receivedAt(council, child,
                source.police());
        String urgency = random.nextInt(100) < 5 ? "IMMEDIATE" : random.nextInt(100) < 20 ? "URGENT" : "STANDARD";
        Consent consent = consent(source.police(), random);
        Instant decided = lastNight ? null : decidedAt(received, council.now, random);
        Outcome outcome = outcome(source.police(), random);
        boolean outOfHours = !source.police() && !calendar.isOfficeHours(received);
        Referrers.Referrer referrer = Referrers.of(council, source, child, random);
        UUID id = council.nextId();
        return new ContactsBulkLoad.Loaded(id, source.channel(), source.code(), referrer.name(),
                referrer.organisation(), worry.text(), List.of(worry.factor()), urgency, consent,
                random.nextInt(100) < 4 ? null : "Recorded by the referrer: " + consent.label().toLowerCase(), received,
                outOfHours, level(outcome), "Screened against the "
                + "continuum of need; " + outcome.label().toLowerCase() + ".", outcome, decided, council.deciderOf(id), proposed(id, outcome),
                List.of(new ContactsBulkLoad.ChildRef(child.id(), child.forenames(), child.surname(), child.born())));
    }

    private Instant sinceTheOfficeClosed(Instant now, SplittableRandom random) {
        Instant at = now.minus(Duration.ofMinutes(10 + random.nextInt(120)));
        while (calendar.isOfficeHours(at)) {
            at = at.minus(Duration.ofHours(1));
        }
        return at;
    }

    private static Instant receivedAt(SyntheticCouncil council, SyntheticCouncil.KnownChild child, boolean police) {
        SplittableRandom random = council.random;
        LocalDate day = council.today.minusDays(random.nextInt(365));
        if (day.isBefore(child.knownSince())) {
            day = child.knownSince();
        }
        // A worry about an unborn child comes in the months before the birth, not years.
        if (child.born() != null && day.isBefore(child.born().minusWeeks(PRE_BIRTH_WEEKS))) {
            day = child.born().minusWeeks(PRE_BIRTH_WEEKS);
        }
        int hour = police || random.nextInt(100) < 10 ? random.nextInt(24) : 9 + random.nextInt(8);
        Instant at = day.atTime(hour, random.nextInt(60)).atZone(WorkingCalendar.LONDON).toInstant();
        return at.isAfter(council.now) ? council.now.minus(Duration.ofMinutes(30 + random.nextInt(600))) : at;
    }

    /** Most decisions come within the working day; some drift; the last day's are still open. */
    private Instant decidedAt(Instant received, Instant now, SplittableRandom random) {
        Instant decided = random.nextInt(100) < LATE_DECISIONS_PERCENT
                ? calendar.workingHoursAfter(received, 9 + random.nextInt(24))
                : calendar.workingHoursAfter(received, 1 + random.nextInt(7));
        return decided.isAfter(now) ? null : decided;
    }

    private static Consent consent(boolean police, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (police) {
            return roll < 80 ? Consent.NOT_SOUGHT_OTHER : Consent.NOT_SOUGHT_RISK;
        }
        return roll < 65 ? Consent.GIVEN : roll < 70 ? Consent.REFUSED : roll < 80 ? Consent.NOT_SOUGHT_RISK
                : roll < 83 ? Consent.NOT_SOUGHT_EMERGENCY : roll < 95 ? Consent.NOT_SOUGHT_OTHER : Consent.OVERRIDDEN;
    }

    /** Police notifications rarely lead anywhere (about 5% to an assessment); other sources far more often. */
    private static Outcome outcome(boolean police, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (police) {
            return roll < 5 ? Outcome.ASSESSMENT : roll < 15 ? Outcome.EARLY_HELP : roll < 50 ? Outcome.SIGNPOST
                    : Outcome.NO_FURTHER_ACTION;
        }
        return roll < 28 ? Outcome.ASSESSMENT : roll < 32 ? Outcome.STRATEGY_DISCUSSION : roll < 44 ? Outcome.EARLY_HELP
                : roll < 64 ? Outcome.SIGNPOST : Outcome.NO_FURTHER_ACTION;
    }

    /**
     * About one decision in twenty the hub manager changes when authorising it, most often
     * raising a practitioner's level by one; chosen from the contact's id, so no draw from the
     * council's random stream changes the rest of the council.
     */
    private static ContactsBulkLoad.Proposed proposed(UUID contact, Outcome authorised) {
        if (Math.floorMod(contact.getLeastSignificantBits(), 100) >= CHANGED_AT_AUTHORISATION_PERCENT) {
            return null;
        }
        return switch (authorised) {
            case EARLY_HELP -> new ContactsBulkLoad.Proposed(ThresholdLevel.UNIVERSAL, Outcome.SIGNPOST,
                    "The family asked for help twice this year: early help, not signposting");
            case ASSESSMENT -> new ContactsBulkLoad.Proposed(ThresholdLevel.EARLY_HELP, Outcome.EARLY_HELP,
                    "Three contacts in six months about the same worry: the child needs an assessment");
            case SIGNPOST, NO_FURTHER_ACTION -> new ContactsBulkLoad.Proposed(ThresholdLevel.EARLY_HELP,
                    Outcome.EARLY_HELP, "The parent has found support already; early help would duplicate it");
            default -> null;
        };
    }

    private static ThresholdLevel level(Outcome outcome) {
        return switch (outcome) {
            case STRATEGY_DISCUSSION -> ThresholdLevel.PROTECTION;
            case ASSESSMENT -> ThresholdLevel.CHILD_IN_NEED;
            case EARLY_HELP -> ThresholdLevel.EARLY_HELP;
            default -> ThresholdLevel.UNIVERSAL;
        };
    }

    private static void record(ChronologyBulkLoad chronology, ContactsBulkLoad.Loaded c) {
        UUID child = c.children().get(0).personId();
        chronology.entry(child, c.receivedAt().atZone(WorkingCalendar.LONDON).toLocalDate(), "Contact received",
                "From " + c.organisation() + ": " + c.worry(), "Front door", c.receivedAt());
        if (c.decided()) {
            chronology.entry(child, c.decidedAt().atZone(WorkingCalendar.LONDON).toLocalDate(), "Front door decision",
                    c.level().label() + ". " + c.outcome().label() + ".", "Front door", c.decidedAt());
        }
    }

    private void openToTheHub(SyntheticCouncil council, ContactsBulkLoad.Loaded contact) {
        council.frontDoorTeam.ifPresent(team -> events.publishEvent(new ChildRelationshipStarted(
                contact.children().get(0).personId(), ChildRelationshipStarted.Kind.FRONT_DOOR, null, team.id(),
                FrontDoor.source(new ContactId(contact.id())), council.now)));
    }

    /** Where a contact comes from: the organisation (or a placeholder {@link Referrers} fills) and the referrer's role. */
    record Source(String code, String channel, String organisation, String role) {

        boolean police() {
            return "POLICE_NOTIFICATION".equals(channel);
        }
    }

    record Worry(String text, String factor) {
    }
}
