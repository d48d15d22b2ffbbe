package hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.people.Identifiers;
import hearth.returns.census.CensusValidation;
import hearth.returns.census.CensusYear;
import hearth.returns.census.Finding;
import hearth.returns.census.export.CensusExport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Checks the shape of the small generated council. */
class DemoGeneratorIntegrationTests extends SmallCouncilTest {

    @Autowired DemoGenerator generator;
    @Autowired JdbcClient jdbc;
    @Autowired CensusExport census;
    @Autowired CensusValidation validation;
    @Autowired Clock clock;
    DemoGenerator.Summary summary;

    @BeforeAll
    void generate() {
        summary = council();
    }

    @Test
    void makesFamiliesInProportionToTheChildrenInTheArea() {
        assertThat(summary.families()).isEqualTo(540);
        assertThat(count("SELECT count(*) FROM person")).isEqualTo(summary.people()).isBetween(1_500L, 2_600L);
        assertThat(count("SELECT count(*) FROM person WHERE kind = 'CHILD'"))
                .isGreaterThan(count("SELECT count(*) FROM person WHERE kind = 'ADULT'") / 2);
        assertThat(count("SELECT count(*) FROM household")).isEqualTo(540);
    }

    @Test
    void opensCasesInTheNationalProportions() {
        assertThat(count("SELECT count(*) FROM allocation WHERE ended_on IS NULL")).isEqualTo(100);
        assertThat(count("SELECT count(*) FROM case_alert WHERE kind = 'CHILD_PROTECTION_PLAN' AND ended_on IS NULL"))
                .isEqualTo(13);
        assertThat(count("SELECT count(*) FROM access_relationship WHERE kind = 'ALLOCATED_WORKER' AND ended_at IS NULL"))
                .isEqualTo(100);
        assertThat(count("SELECT count(*) FROM record_restriction")).isEqualTo(1);
    }

    @Test
    void everyReviewConferenceHasAChairWhoseRoleIsToChair() {
        assertThat(count("SELECT count(*) FROM plan_meeting WHERE kind = 'REVIEW_CONFERENCE'")).isPositive();
        assertThat(count("""
                SELECT count(*) FROM plan_meeting m LEFT JOIN staff_user s ON s.id = m.chair_id
                WHERE m.kind = 'REVIEW_CONFERENCE' AND (s.role IS NULL OR s.role <> 'CHILD_PROTECTION_CHAIR')"""))
                .isZero();
    }

    @Test
    void sharesOpenCasesAmongQualifiedWorkersNearTheNationalAverage() {
        List<Long> caseloads = jdbc.sql("""
                SELECT count(a.id) FROM staff_user s LEFT JOIN allocation a ON a.worker_id = s.id AND a.ended_on IS NULL
                WHERE s.role = 'SOCIAL_WORKER' GROUP BY s.id""").query(Long.class).list();
        assertThat(caseloads).hasSizeGreaterThanOrEqualTo(5).allSatisfy(held -> assertThat(held).isBetween(12L, 22L));
        assertThat(caseloads.stream().mapToLong(Long::longValue).average().orElseThrow()).isBetween(14.0, 20.0);
        assertThat(count("""
                SELECT count(*) FROM allocation a JOIN staff_user s ON s.id = a.worker_id
                WHERE s.username = 'sam.social' AND a.ended_on IS NULL""")).as("the demo social worker").isBetween(16L, 20L);
    }

    @Test
    void theFamilySupportWorkerHoldsNoCaseAndVisitsOnlyChildInNeedWork() {
        assertThat(count("""
                SELECT count(*) FROM allocation a JOIN staff_user s ON s.id = a.worker_id
                WHERE s.role = 'FAMILY_SUPPORT_WORKER'""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM visit v JOIN staff_user s ON s.id = v.recorded_by
                WHERE s.role = 'FAMILY_SUPPORT_WORKER'""")).as("visits on the team's child in need cases").isPositive();
        assertThat(count("""
                SELECT count(*) FROM visit v JOIN staff_user s ON s.id = v.recorded_by
                WHERE s.role = 'FAMILY_SUPPORT_WORKER'
                  AND EXISTS (SELECT 1 FROM plan p WHERE p.person_id = v.person_id AND p.kind = 'CHILD_PROTECTION')"""))
                .as("visits to children who have had a protection plan").isZero();
    }

    @Test
    void plansAskForWhatFitsTheChildsAge() {
        assertThat(count("""
                SELECT count(*) FROM plan p JOIN person c ON c.id = p.person_id
                LEFT JOIN plan_outcome o ON o.plan_id = p.id
                WHERE c.date_of_birth <= p.started_on - interval '5 years 1 month'
                  AND concat_ws(' ', o.will_change, o.indicator, o.owner, p.actions) ILIKE '%nursery%'""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM plan_meeting m JOIN plan p ON p.id = m.plan_id JOIN person c ON c.id = p.person_id
                WHERE c.date_of_birth <= m.held_on - interval '6 years' AND m.summary ILIKE '%nursery%'""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM plan p JOIN person c ON c.id = p.person_id
                WHERE c.date_of_birth >= p.started_on - interval '4 years' AND p.actions ILIKE '%nursery%'"""))
                .as("toddlers' plans do").isPositive();
    }

    @Test
    void visitNotesFitTheFamilysCircumstances() {
        assertThat(count("SELECT count(DISTINCT home_conditions) FROM visit")).isGreaterThan(10);
        assertThat(count("SELECT count(DISTINCT child_words) FROM visit")).isGreaterThan(10);
        long neglect = count("""
                SELECT count(*) FROM visit v
                WHERE EXISTS (SELECT 1 FROM plan p WHERE p.person_id = v.person_id AND p.category = 'NEG')""");
        long describingNeglect = count("""
                SELECT count(*) FROM visit v
                WHERE EXISTS (SELECT 1 FROM plan p WHERE p.person_id = v.person_id AND p.category = 'NEG')
                  AND v.home_conditions ~* '(food|nappies|clothes|bed|bins|heating|cans|drug)'
                  AND v.home_conditions NOT ILIKE '%enough food%'""");
        assertThat(neglect).isPositive();
        assertThat(describingNeglect).isEqualTo(neglect);
    }

    /** The last collection year the council's history covers: its reference date is the last 31 March. */
    @Test
    void theLastCensusYearHasNoErrorsByTheDfeRules() {
        LocalDate today = LocalDate.now(clock);
        int reference = today.isAfter(LocalDate.of(today.getYear(), 3, 31)) ? today.getYear() : today.getYear() - 1;
        CensusYear year = census.year(reference);
        var file = census.file(year);
        List<Finding> errors = validation.validate(file, year).stream()
                .filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        assertThat(file.children()).hasSizeGreaterThan(50);
        assertThat(errors).isEmpty();
    }

    @Test
    void referrersAreNamedPeopleWithTheirRoles() {
        assertThat(count("SELECT count(*) FROM contact WHERE referrer_name ILIKE 'referrer%'")).isZero();
        assertThat(count("SELECT count(*) FROM contact WHERE referrer_name !~ '^[^ ,]+ [^,]+, [^ ]'")).isZero();
        assertThat(count("""
                SELECT count(*) FROM contact WHERE referrer_name LIKE '%, designated safeguarding lead'
                  AND referrer_organisation ILIKE '%school%'""")).isPositive();
        assertThat(count("SELECT count(*) FROM contact WHERE referrer_organisation ILIKE 'another%'")).isZero();
    }

    @Test
    void givesEveryOpenCaseItsPathwayWithNationalDurationsAndSomeDrift() {
        assertThat(count("SELECT count(*) FROM plan WHERE kind = 'CHILD_PROTECTION' AND ended_on IS NULL")).isEqualTo(13);
        assertThat(count("SELECT count(*) FROM plan WHERE kind = 'CHILD_IN_NEED' AND ended_on IS NULL")).isEqualTo(87);
        assertThat(count("SELECT count(*) FROM plan WHERE end_reason = 'STEP_DOWN_CHILD_IN_NEED'")).isPositive();
        assertThat(count("SELECT count(*) FROM initial_conference"))
                .isEqualTo(count("SELECT count(*) FROM plan WHERE kind = 'CHILD_PROTECTION'"));
        assertThat(count("SELECT count(*) FROM section47_enquiry WHERE outcome <> 'INITIAL_CONFERENCE'")).isPositive();
        assertThat(count("SELECT count(*) FROM plan_meeting WHERE kind = 'CORE_GROUP'")).isGreaterThan(13);
        assertThat(count("SELECT count(*) FROM visit WHERE NOT child_seen")).isPositive();
        assertThat(count("SELECT count(*) FROM clock WHERE completed_at > due_at")).as("met late").isPositive();
        assertThat(count("SELECT count(*) FROM clock WHERE status = 'OPEN' AND due_at < now()")).as("overdue")
                .isPositive();
        long conferences = count("SELECT count(*) FROM clock WHERE kind = 'INITIAL_CONFERENCE' AND status <> 'CANCELLED'");
        long onTime = count("SELECT count(*) FROM clock WHERE kind = 'INITIAL_CONFERENCE' AND completed_at <= due_at");
        assertThat(onTime * 100 / conferences).as("conferences within 15 working days").isBetween(55L, 100L);
        assertThat(count("SELECT count(*) FROM case_closure")).isEqualTo(25);
        assertThat(count("SELECT count(*) FROM case_transfer WHERE status = 'REQUESTED'")).isEqualTo(1);
    }

    @Test
    void recordsSupervisionPlansAndVisitsWithGapsForTheQualityList() {
        assertThat(count("SELECT count(DISTINCT person_id) FROM supervision")).isBetween(70L, 100L);
        assertThat(count("SELECT count(*) FROM supervision_action WHERE checked_in IS NOT NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM plan_outcome")).isPositive();
        assertThat(count("SELECT count(*) FROM plan_outcome WHERE indicator IS NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM plan WHERE ended_on IS NULL AND contingency IS NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM outcome_progress")).isPositive();
        assertThat(count("SELECT count(*) FROM visit WHERE child_seen AND child_words IS NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM visit WHERE child_words IS NOT NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM engagement_event")).isPositive();
    }

    @Test
    void makesAYearOfContactsWithLowYieldPoliceNotificationsAndSomeStillOpen() {
        // A year of 750 contacts at the front door, and the referral that opened each of the
        // 125 cases (100 open, 25 closed) on the day it was allocated.
        assertThat(count("SELECT count(*) FROM contact")).isEqualTo(875);
        assertThat(count("SELECT count(*) FROM contact WHERE rationale = '" + CaseReferrals.RATIONALE + "'"))
                .isEqualTo(125);
        assertThat(count("SELECT count(*) FROM contact WHERE channel = 'POLICE_NOTIFICATION'")).isBetween(150L, 300L);
        assertThat(count("SELECT count(*) FROM contact WHERE consent IS NULL")).isZero();
        assertThat(count("SELECT count(*) FROM clock WHERE kind = 'OUT_OF_HOURS_HANDOVER'")).as("out of hours").isPositive();
        long police = count("SELECT count(*) FROM contact WHERE channel = 'POLICE_NOTIFICATION' AND status = 'DECIDED'");
        long policeReferrals = count("""
                SELECT count(*) FROM contact WHERE channel = 'POLICE_NOTIFICATION' AND outcome = 'ASSESSMENT'""");
        assertThat(policeReferrals * 100 / police).isLessThan(12);
        long others = count("SELECT count(*) FROM contact WHERE channel <> 'POLICE_NOTIFICATION' AND status = 'DECIDED'");
        long otherReferrals = count("""
                SELECT count(*) FROM contact WHERE channel <> 'POLICE_NOTIFICATION'
                AND outcome IN ('ASSESSMENT', 'STRATEGY_DISCUSSION')""");
        assertThat(otherReferrals * 100 / others).isBetween(20L, 45L);
        assertThat(count("SELECT count(*) FROM clock WHERE kind = 'CONTACT_DECISION' AND completed_at > due_at")).isPositive();
        assertThat(count("SELECT count(*) FROM chronology_entry WHERE type = 'Contact received'")).isEqualTo(875);
        assertThat(count("""
                SELECT count(*) FROM contact c WHERE c.status = 'DECIDED' AND NOT EXISTS (SELECT 1 FROM staff_user s
                WHERE s.id = c.decided_by AND s.role = 'MASH_PRACTITIONER')""")).as("decided by a hub practitioner").isZero();
        assertThat(count("SELECT count(DISTINCT decided_by) FROM contact")).as("the hub's practitioners").isEqualTo(2);
        assertThat(count("SELECT count(*) FROM contact WHERE proposed_level IS NOT NULL AND status = 'DECIDED'"
                + " AND proposed_level <> threshold_level AND authorisation_change IS NOT NULL"))
                .as("about one in twenty changed at authorisation").isBetween(10L, 80L);
        assertThat(count("SELECT count(*) FROM contact WHERE proposed_level IS NOT NULL AND status <> 'DECIDED'"))
                .isZero();
    }

    @Test
    void assessesMostChildrenInNeedInTheNationalDurationsAndCompletesTheNeglectToolForSome() {
        long authorised = count("SELECT count(*) FROM assessment WHERE status = 'AUTHORISED'");
        assertThat(authorised).isBetween(55L, 85L);
        long onTime = count("""
                SELECT count(*) FROM clock WHERE kind = 'CHILD_AND_FAMILY_ASSESSMENT' AND completed_at <= due_at""");
        assertThat(onTime * 100 / authorised).as("authorised within 45 working days").isBetween(70L, 98L);
        assertThat(count("SELECT count(*) FROM assessment WHERE status = 'IN_PROGRESS'")).isPositive();
        assertThat(count("SELECT count(*) FROM assessment WHERE status = 'AUTHORISED' AND late_reason IS NULL"
                + " AND authorised_at > (SELECT due_at FROM clock WHERE subject_type = 'ASSESSMENT'"
                + " AND subject_id = assessment.id)"))
                .as("late without a reason").isZero();
        assertThat(count("SELECT count(DISTINCT person_id) FROM neglect_tool_completion")).isBetween(8L, 35L);
        assertThat(count("SELECT count(*) FROM plan WHERE kind = 'CHILD_IN_NEED' AND ended_on IS NULL")).isEqualTo(87);
    }

    @Test
    void everyIdentifierHasAValidCheckCharacter() {
        List<String> nhs = jdbc.sql("SELECT value FROM person_identifier WHERE scheme = 'NHS'").query(String.class).list();
        List<String> upn = jdbc.sql("SELECT value FROM person_identifier WHERE scheme = 'UPN'").query(String.class).list();
        assertThat(nhs).hasSizeGreaterThan(1_000).allMatch(Identifiers::isValidNhs);
        assertThat(upn).hasSizeGreaterThan(300).allMatch(Identifiers::isValidUpn);
    }

    @Test
    void holdsDirtyDataAsRealIndexesDo() {
        assertThat(count("SELECT count(*) FROM person WHERE date_of_birth IS NULL AND kind = 'ADULT'")).isPositive();
        assertThat(count("""
                SELECT count(*) FROM person a JOIN person b ON a.surname = b.surname AND a.id < b.id
                  AND a.kind = 'CHILD' AND b.kind = 'CHILD' AND a.forenames <> b.forenames
                  AND (a.date_of_birth = b.date_of_birth)
                WHERE NOT EXISTS (SELECT 1 FROM relationship r WHERE r.person_id = a.id AND r.related_id = b.id)""")
        ).as("the same child recorded twice under another first name").isPositive();
        assertThat(count("SELECT count(*) FROM address WHERE postcode <> upper(postcode) OR postcode NOT LIKE '% %'"))
                .isPositive();
    }

    @Test
    void namesAreDiverse() {
        assertThat(count("SELECT count(DISTINCT ethnicity) FROM person")).isGreaterThanOrEqualTo(8);
        assertThat(count("SELECT count(DISTINCT first_language) FROM person")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void refusesToGenerateIntoADatabaseThatAlreadyHoldsACouncil() {
        assertThatThrownBy(() -> generator.generate(SmallCouncilTest.CHILDREN_IN_AREA, 1, 1, System.out))
                .hasMessageContaining("already holds a council");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
