package hearth.returns;

import hearth.FixtureCouncil;
import hearth.access.Role;
import hearth.frontdoor.Consent;
import hearth.frontdoor.ContactsBulkLoad;
import hearth.frontdoor.Outcome;
import hearth.frontdoor.ThresholdLevel;
import hearth.people.PersonDetails;
import hearth.people.PersonIndex;
import hearth.people.PersonKind;
import hearth.platform.PersonId;
import hearth.timeliness.Timescales;
import hearth.timeliness.WorkingCalendar;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Children for the returns' tests, each with a council child id and a contact on a day of the test's choosing. */
@Component
public class ReturnsFixtures {

    /** Maisie's date of birth: every returns fixture child is a girl born on 14 March 2016, White British. */
    public static final LocalDate BORN = LocalDate.of(2016, 3, 14);

    private final PersonIndex people;
    private final DataSource dataSource;
    private final Timescales timescales;

    ReturnsFixtures(PersonIndex people, DataSource dataSource, Timescales timescales) {
        this.people = people;
        this.dataSource = dataSource;
        this.timescales = timescales;
    }

    /** A child referred on {@code day} from {@code source}, decided for an assessment that afternoon. */
    public PersonId childReferred(FixtureCouncil.Council council, String councilChildId, LocalDate day, String source)
            throws SQLException {
        return childWithContact(council, councilChildId, day, source, Outcome.ASSESSMENT);
    }

    /** A child with a contact received on {@code day} from {@code source} and decided that afternoon. */
    public PersonId childWithContact(FixtureCouncil.Council council, String councilChildId, LocalDate day,
                                     String source, Outcome outcome) throws SQLException {
        PersonId child = child(council, councilChildId);
        contact(council, child, day, source, outcome);
        return child;
    }

    /** Another contact about the child, received on {@code day} from {@code source} and decided that afternoon. */
    public void contact(FixtureCouncil.Council council, PersonId child, LocalDate day, String source, Outcome outcome)
            throws SQLException {
        ThresholdLevel level = outcome == Outcome.EARLY_HELP ? ThresholdLevel.EARLY_HELP : ThresholdLevel.CHILD_IN_NEED;
        try (Connection connection = dataSource.getConnection();
             ContactsBulkLoad contacts = new ContactsBulkLoad(connection, timescales)) {
            contacts.contact(new ContactsBulkLoad.Loaded(UUID.randomUUID(), "ONLINE_FORM", source, "A referrer",
                    "Oakfield Primary School", "Came to school hungry", List.of("16A"), "STANDARD", Consent.GIVEN,
                    null, at(day, 9), false, level, "Decided that afternoon", outcome, at(day, 14), null, null,
                    List.of(new ContactsBulkLoad.ChildRef(child.value(), "Maisie", "Census" + council.tag(), BORN))));
        }
    }

    /** A child recorded with no contact at all, as when a worker opens a case by allocating it. */
    public PersonId child(FixtureCouncil.Council council, String councilChildId) {
        return people.record(new PersonDetails(PersonKind.CHILD, "Maisie", "Census" + council.tag(), BORN, null, "F",
                "WBRI", "eng", List.of(), null, null, councilChildId), council.user(Role.SOCIAL_WORKER), true);
    }

    public static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(WorkingCalendar.LONDON).toInstant();
    }
}
