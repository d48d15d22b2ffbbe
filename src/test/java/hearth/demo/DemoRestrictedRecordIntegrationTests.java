package hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.access.RecordRestrictions;
import hearth.access.RestrictionFilter;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.casework.CaseTransfers;
import hearth.chronology.Chronology;
import hearth.frontdoor.ContactId;
import hearth.frontdoor.ContactQueries;
import hearth.oversight.RecordQuality;
import hearth.oversight.Supervisions;
import hearth.people.FamilyNetwork;
import hearth.people.Person;
import hearth.people.PersonIndex;
import hearth.people.PersonMatcher;
import hearth.people.PersonSummary;
import hearth.people.SearchQuery;
import hearth.platform.PersonId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's restricted record, seen through every module list as the demo's head of service
 * (not named on it): their searches, the family's relatives lists and chronologies, the
 * contacts about the child and the family, the queue, caseloads, transfers, supervision and
 * quality lists. None names the child; someone named on the record does find them.
 */
class DemoRestrictedRecordIntegrationTests extends SmallCouncilTest {

    @Autowired JdbcClient jdbc;
    @Autowired Staff staff;
    @Autowired RecordRestrictions restrictions;
    @Autowired PersonIndex people;
    @Autowired PersonMatcher matcher;
    @Autowired FamilyNetwork family;
    @Autowired Chronology chronology;
    @Autowired ContactQueries contacts;
    @Autowired Allocations allocations;
    @Autowired CaseTransfers transfers;
    @Autowired Supervisions supervisions;
    @Autowired RecordQuality quality;

    Person child;
    RecordRestrictions.Restriction restriction;

    @BeforeAll
    void theDemosRestrictedChild() {
        council();
        PersonId id = new PersonId(jdbc.sql("SELECT person_id FROM record_restriction").query(UUID.class).single());
        child = people.find(id).orElseThrow();
        restriction = restrictions.of(id).orElseThrow();
    }

    @Test
    void theHeadOfServiceFindsTheRestrictedChildInNoList() {
        StaffMember head = staff.findByUsername("hana.head").orElseThrow();
        assertThat(restriction.names(head.id())).isFalse();
        List<Object> shown = lists(head);
        assertThat(shown.toString()).as("the family's lists keep the child's place").contains(RestrictionFilter.PLACEHOLDER);
        assertThat(shown.toString()).doesNotContain(child.id().toString(), child.forenames() + " " + child.surname());
        assertThat(shown.stream().filter(item -> !bornTheSameDay(item)).toList().toString())
                .doesNotContain(child.dateOfBirth().toString());
    }

    /** A search by date of birth rightly finds other children born the same day as the restricted child. */
    private boolean bornTheSameDay(Object item) {
        return item instanceof PersonSummary other && !other.id().equals(child.id())
                && child.dateOfBirth().equals(other.dateOfBirth());
    }

    @Test
    void someoneNamedOnTheRecordFindsTheChild() {
        StaffMember named = staff.find(restriction.named().get(0)).orElseThrow();
        assertThat(people.search(new SearchQuery(child.forenames() + " " + child.surname(), null, null, null), named))
                .extracting(p -> p.id()).contains(child.id());
    }

    private List<Object> lists(StaffMember viewer) {
        List<Object> shown = new ArrayList<>();
        shown.addAll(people.search(new SearchQuery(child.surname(), null, null, null), viewer));
        shown.addAll(people.search(new SearchQuery(child.forenames() + " " + child.surname(), null, null, null), viewer));
        shown.addAll(people.search(new SearchQuery(null, child.dateOfBirth(), null, null), viewer));
        shown.addAll(matcher.candidates(new PersonMatcher.Described(child.forenames(), child.surname(),
                child.dateOfBirth(), null), viewer));
        for (UUID related : jdbc.sql("SELECT related_id FROM relationship WHERE person_id = :p")
                .param("p", child.id()).query(UUID.class).list()) {
            PersonId relative = new PersonId(related);
            shown.addAll(family.relatives(relative, viewer));
            shown.addAll(chronology.entries(relative, Chronology.Filter.all(), viewer));
        }
        for (UUID contact : jdbc.sql("SELECT contact_id FROM contact_child WHERE person_id = :p")
                .param("p", child.id()).query(UUID.class).list()) {
            shown.add(contacts.find(new ContactId(contact), viewer).orElseThrow());
            shown.addAll(contacts.aboutTheSameFamily(new ContactId(contact), viewer));
        }
        shown.addAll(contacts.queue(ContactQueries.QueueFilter.all(), viewer));
        shown.addAll(allocations.caseload(viewer));
        shown.addAll(transfers.waitingFor(viewer));
        shown.addAll(quality.team(allocations.caseload(viewer)));
        restriction.named().forEach(worker -> shown.addAll(supervisions.ofWorker(worker, viewer)));
        return shown;
    }
}
