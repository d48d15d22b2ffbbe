package hearth.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.RecordRestrictions;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.platform.ConcurrentEdit;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HearthTest
class PersonIndexIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired PersonIndex people;
    @Autowired Addresses addresses;
    @Autowired RecordRestrictions restrictions;
    @Autowired JdbcClient jdbc;

    FixtureCouncil.Council council;
    StaffMember worker;

    @BeforeEach
    void council() {
        council = fixtures.create();
        worker = council.user(Role.SOCIAL_WORKER);
    }

    @Test
    void recordsAChildWithIdentifiersAndPutsItOnTheChronology() {
        PersonId id = people.record(child("Ruby", "Okonkwo" + council.tag(), LocalDate.of(2015, 3, 4), "943 476 5919",
                validUpn()), worker, false);
        Person ruby = people.find(id).orElseThrow();
        assertThat(ruby.nhsNumber()).isEqualTo("9434765919");
        assertThat(ruby.upn()).isEqualTo(validUpn());
        assertThat(jdbc.sql("SELECT count(*) FROM chronology_entry WHERE person_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void refusesImpossibleDatesAndInvalidIdentifiersAndSavesNothing() {
        long before = count();
        assertThatThrownBy(() -> people.record(child("Future", "Child", LocalDate.now().plusDays(1), null, null), worker,
                false)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsKey("dateOfBirth"));
        assertThatThrownBy(() -> people.record(child("Old", "Child", LocalDate.now().minusYears(26), null, null), worker,
                false)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors().get("dateOfBirth")).contains("25 or under"));
        assertThatThrownBy(() -> people.record(child("Bad", "Nhs", LocalDate.of(2016, 1, 1), "9434765918", "X1"),
                worker, false)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsKeys("nhsNumber", "upn"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anUnbornChildNeedsAnExpectedDateOfDelivery() {
        PersonDetails unborn = new PersonDetails(PersonKind.UNBORN, "", "Baby" + council.tag(), null, null, "U", "NOBT",
                null, List.of(), null, null, null);
        assertThatThrownBy(() -> people.record(unborn, worker, false)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsKey("expectedDelivery"));
        PersonId id = people.record(new PersonDetails(PersonKind.UNBORN, "", "Baby" + council.tag(), null,
                LocalDate.now().plusMonths(3), "U", "NOBT", null, List.of(), null, null, null), worker, false);
        assertThat(people.find(id).orElseThrow().forenames()).isEqualTo("Unborn");
    }

    @Test
    void offersTheExistingPersonWhenTheSameNameAndDateOfBirthAreRecordedAgain() {
        LocalDate born = LocalDate.of(2014, 6, 1);
        PersonId first = people.record(child("Leo", "Marsh" + council.tag(), born, null, null), worker, false);
        assertThatThrownBy(() -> people.record(child("leo", "MARSH" + council.tag(), born, null, null), worker, false))
                .isInstanceOfSatisfying(PossibleDuplicate.class,
                        e -> assertThat(e.existing()).extracting(PersonSummary::id).containsExactly(first));
        PersonId second = people.record(child("Leo", "Marsh" + council.tag(), born, null, null), worker, true);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void findsAChildDespiteMisspellingAndNameOrder() {
        String surname = "Kowalczyk" + council.tag();
        PersonId id = people.record(child("Zuzanna", surname, LocalDate.of(2013, 2, 11), null, null), worker, false);
        assertThat(ids(new SearchQuery("Zuzana " + surname, null, null, null))).contains(id);
        assertThat(ids(new SearchQuery(surname + " Zuzanna", null, null, null))).contains(id);
        assertThat(ids(new SearchQuery("Zuzanna " + surname.replace("czyk", "cyk"), null, null, null))).contains(id);
    }

    @Test
    void findsByDateOfBirthWithDayAndMonthSwapped() {
        String surname = "Adeyemi" + council.tag();
        PersonId id = people.record(child("Tobi", surname, LocalDate.of(2012, 3, 7), null, null), worker, false);
        assertThat(ids(new SearchQuery(surname, LocalDate.of(2012, 7, 3), null, null))).contains(id);
        assertThat(ids(new SearchQuery(surname, LocalDate.of(2012, 3, 8), null, null))).doesNotContain(id);
    }

    @Test
    void findsByPostcodeWrittenAnyWayAndByIdentifier() {
        PersonId id = people.record(child("Nia", "Postcode" + council.tag(), LocalDate.of(2011, 1, 1), "943 476 5919", null),
                worker, false);
        String postcode = "BK9 " + (council.tag().length() % 10) + "ZZ";
        addresses.moveTo(id, new Addresses.NewAddress("2 Search Street", null, "Brackenford", postcode),
                LocalDate.now().minusDays(3), worker);
        assertThat(ids(new SearchQuery(null, null, postcode.toLowerCase().replace(" ", ""), null))).contains(id);
        assertThat(ids(new SearchQuery(null, null, null, "943-476-5919"))).contains(id);
    }

    @Test
    void hidesRestrictedRecordsFromSearchUnlessTheSearcherIsNamed() {
        String surname = "Hidden" + council.tag();
        PersonId id = people.record(child("Ivy", surname, LocalDate.of(2015, 5, 5), null, null), worker, false);
        StaffMember head = council.user(Role.HEAD_OF_SERVICE);
        restrictions.restrict(id, "Relative of staff", head, List.of(head.id(), council.user(Role.TEAM_MANAGER).id()));
        assertThat(people.search(new SearchQuery("Ivy " + surname, null, null, null), council.outsider()))
                .extracting(PersonSummary::id).doesNotContain(id);
        assertThat(people.search(new SearchQuery("Ivy " + surname, null, null, null), council.user(Role.TEAM_MANAGER)))
                .extracting(PersonSummary::id).contains(id);
    }

    @Test
    void refusesAnEditBasedOnAnOutOfDateVersion() {
        PersonId id = people.record(child("Sam", "Version" + council.tag(), LocalDate.of(2016, 1, 1), null, null), worker,
                false);
        Person read = people.find(id).orElseThrow();
        people.update(id, read.version(), child("Samuel", read.surname(), read.dateOfBirth(), null, null), worker);
        assertThatThrownBy(() -> people.update(id, read.version(), child("Sammy", read.surname(), read.dateOfBirth(),
                null, null), worker)).isInstanceOf(ConcurrentEdit.class);
        assertThat(people.find(id).orElseThrow().forenames()).isEqualTo("Samuel");
    }

    @Test
    void searchesAreAudited() {
        people.search(new SearchQuery("Audit" + council.tag(), null, null, null), worker);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'SEARCH' AND user_id = :u AND detail LIKE :d")
                .param("u", worker.id()).param("d", "%Audit" + council.tag() + "%").query(Integer.class).single())
                .isEqualTo(1);
    }

    private List<PersonId> ids(SearchQuery query) {
        return people.search(query, worker).stream().map(PersonSummary::id).toList();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
    }

    private static String validUpn() {
        String twelve = "873200115001";
        return Identifiers.upnCheckLetter(twelve) + twelve;
    }

    private static PersonDetails child(String forenames, String surname, LocalDate born, String nhs, String upn) {
        return new PersonDetails(PersonKind.CHILD, forenames, surname, born, null, "F", "WBRI", "eng", List.of(), nhs,
                upn, null);
    }
}
