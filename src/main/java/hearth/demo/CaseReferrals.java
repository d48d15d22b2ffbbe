package hearth.demo;

import hearth.casework.PrimaryNeeds;
import hearth.chronology.ChronologyBulkLoad;
import hearth.frontdoor.Consent;
import hearth.frontdoor.ContactsBulkLoad;
import hearth.frontdoor.Outcome;
import hearth.frontdoor.ThresholdLevel;
import hearth.timeliness.Timescales;
import hearth.timeliness.WorkingCalendar;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The referral that opens each case, as the census needs it: a contact from a source in the
 * national proportions, received on the day the case opened and decided for an assessment (or a
 * strategy discussion), and the child's primary need recorded that day from what the work is about.
 */
@Component
class CaseReferrals {

    /** Marks these contacts among the year's others, for the demo's own checks. */
    static final String RATIONALE = "Referred for social work: this referral opened the case.";

    /** Sources of referrals to children's social care, roughly in the national shares. */
    private static final Weighted<ContactsStep.Source> SOURCES = new Weighted<ContactsStep.Source>()
            .add(new ContactsStep.Source("6", "ONLINE_FORM", "Brackenford Police", "police constable"), 29)
            .add(new ContactsStep.Source("2A", "ONLINE_FORM", Referrers.THE_CHILDS_SCHOOL, "designated safeguarding lead"), 21)
            .add(new ContactsStep.Source("3B", "ONLINE_FORM", "Brackenford Community Health", "health visitor"), 9)
            .add(new ContactsStep.Source("3E", "PHONE", "Brackenford General A&E", "paediatric liaison nurse"), 6)
            .add(new ContactsStep.Source("5A", "EMAIL", "Adult social care", "social worker"), 12)
            .add(new ContactsStep.Source("1A", "PHONE", "Family member", "relative"), 8)
            .add(new ContactsStep.Source("8", "ONLINE_FORM", "charity", "family worker"), 9)
            .add(new ContactsStep.Source("4", "EMAIL", "Brackenford Homes", "housing officer"), 6);

    private final DataSource dataSource;
    private final Timescales timescales;
    private final PrimaryNeeds needs;

    CaseReferrals(DataSource dataSource, Timescales timescales, PrimaryNeeds needs) {
        this.dataSource = dataSource;
        this.timescales = timescales;
        this.needs = needs;
    }

    /** Opens a bulk load for one run of the casework step; close it at the end of the run. */
    Writer open(SyntheticCouncil council) {
        return new Writer(council, DataSourceUtils.getConnection(dataSource));
    }

    final class Writer implements AutoCloseable {
        private final SyntheticCouncil council;
        private final Connection connection;
        private final ContactsBulkLoad contacts;
        private final ChronologyBulkLoad chronology;
        private final Map<UUID, SyntheticCouncil.KnownChild> children = new HashMap<>();

        private Writer(SyntheticCouncil council, Connection connection) {
            this.council = council;
            council.openCaseCandidates.forEach(c -> children.put(c.id(), c));
            this.connection = connection;
            this.contacts = new ContactsBulkLoad(connection, timescales);
            this.chronology = new ChronologyBulkLoad(connection);
        }

        /** The referral about the journey's child received on {@code day}, and the need it names. */
        void referral(Pathways.Journey journey, LocalDate day, boolean protection) {
            SplittableRandom random = journey.random();
            SyntheticCouncil.KnownChild known = children.get(journey.child().value());
            ContactsStep.Source source = SOURCES.pick(random);
            Instant received = day.atTime(9 + random.nextInt(4), random.nextInt(60)).atZone(WorkingCalendar.LONDON)
                    .toInstant();
            Outcome outcome = protection ? Outcome.STRATEGY_DISCUSSION : Outcome.ASSESSMENT;
            Referrers.Referrer referrer = Referrers.of(council, source, known, random);
            UUID id = council.nextId();
            ContactsBulkLoad.Loaded contact = new ContactsBulkLoad.Loaded(id, source.channel(),
                    source.code(), referrer.name(), referrer.organisation(), worry(journey.concern()),
                    List.of(), "STANDARD", Consent.GIVEN, "Recorded by the referrer: consent given", received, false,
                    protection ? ThresholdLevel.PROTECTION : ThresholdLevel.CHILD_IN_NEED, RATIONALE, outcome,
                    received.plusSeconds(3 * 3600), council.deciderOf(id), null, List.of(new ContactsBulkLoad.ChildRef(journey.child().value(),
                    known.forenames(), known.surname(), journey.born())));
            contacts.contact(contact);
            chronology.entry(journey.child().value(), day, "Contact received", "From " + referrer.organisation() + ": "
                    + contact.worry(), "Front door", received);
            contacts.flushIfFull();
            chronology.flushIfFull();
            needs.record(journey.child(), need(journey.concern()), day, journey.worker());
        }

        @Override
        public void close() {
            contacts.close();
            chronology.close();
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String worry(Concern concern) {
        return "Worries about the child: " + concern.name().toLowerCase().replace('_', ' ') + ".";
    }

    /** The DfE primary need the work is about: abuse or neglect, disability, parental illness, acute stress. */
    static String need(Concern concern) {
        return switch (concern) {
            case DISABILITY -> "N2";
            case PARENTAL_MENTAL_HEALTH -> "N3";
            case FAMILY_STRESS -> "N4";
            case SUBSTANCE_MISUSE -> "N5";
            default -> "N1";
        };
    }
}
