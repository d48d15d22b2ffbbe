package hearth.returns.census.export;

import static hearth.returns.ReturnsFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.RecordRestrictions;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.assessment.Assessment;
import hearth.assessment.AssessmentId;
import hearth.assessment.Assessments;
import hearth.casework.Allocations;
import hearth.casework.PrimaryNeeds;
import hearth.childprotection.ChildProtection;
import hearth.childprotection.EnquiryId;
import hearth.childprotection.StrategyDecision;
import hearth.childprotection.StrategyDiscussion;
import hearth.planning.MeetingKind;
import hearth.planning.MeetingRecord;
import hearth.planning.PlanKind;
import hearth.planning.Plans;
import hearth.platform.PersonId;
import hearth.platform.Progress;
import hearth.returns.Requester;
import hearth.returns.ReturnsFixtures;
import hearth.returns.census.CensusYear;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * The census of 2025-26 from a fixture child's year, recorded through the services a worker
 * uses with dates in that year: a referral from a school, an assessment, a child in need plan,
 * a section 47 enquiry with its conference, and the protection plan with a review. The values
 * expected are the ones recorded, written by hand.
 */
@HearthTest
class CensusExportIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired ReturnsFixtures returns;
    @Autowired CensusExport export;
    @Autowired Allocations allocations;
    @Autowired PrimaryNeeds needs;
    @Autowired Assessments assessments;
    @Autowired ChildProtection childProtection;
    @Autowired Plans plans;
    @Autowired RecordRestrictions restrictions;
    @Autowired JdbcClient jdbc;

    @TempDir Path folder;

    FixtureCouncil.Council council;
    StaffMember worker;
    StaffMember manager;

    @BeforeEach
    void council() {
        council = fixtures.create();
        worker = council.user(Role.SOCIAL_WORKER);
        manager = council.user(Role.TEAM_MANAGER);
    }

    @Test
    void theYearsChildInNeedWithAssessmentEnquiryConferenceAndPlans() throws Exception {
        PersonId child = returns.childReferred(council, "CEN" + council.tag(), LocalDate.of(2025, 5, 1), "2A");
        allocations.allocate(child, council.team().id(), worker.id(), LocalDate.of(2025, 5, 2), manager);
        needs.record(child, "N1", LocalDate.of(2025, 5, 2), worker);
        AssessmentId assessment = assessments.startFromRecord(child, LocalDate.of(2025, 5, 1), worker);
        Assessment.Content complete = FixtureCouncil.completeAssessment(null);
        assessments.save(assessment, 0, new Assessment.Content(complete.seenBy(), LocalDate.of(2025, 5, 6), true, null,
                complete.livedExperience(), complete.childWords(), List.of(), complete.historyMeaning(),
                complete.parentingCapacity(), complete.familyEnvironment(), complete.impact(), complete.analysis(),
                complete.parentalEngagement(), complete.factors(), complete.outcome(), null), worker);
        assessments.submit(assessment, 1, worker, at(LocalDate.of(2025, 6, 18), 10));
        assessments.authorise(assessment, 2, manager, at(LocalDate.of(2025, 6, 20), 15));
        childProtection.recordStrategyDiscussion(child, new StrategyDiscussion(at(LocalDate.of(2025, 9, 1), 10),
                Set.of("SOCIAL_CARE", "POLICE"), "Team manager", List.of(), "Police share two call-outs",
                StrategyDecision.S47_JOINT, "Joint visit tomorrow"), worker);
        EnquiryId enquiry = childProtection.pathway(child).enquiries().get(0).id();
        childProtection.concludeEnquiry(enquiry, LocalDate.of(2025, 9, 10), "INITIAL_CONFERENCE", worker);
        childProtection.recordInitialConference(enquiry, LocalDate.of(2025, 9, 19),
                council.user(Role.CHILD_PROTECTION_CHAIR).id(), "Mother, school", "NEG", null, null, worker);
        var plan = plans.open(child, PlanKind.CHILD_PROTECTION).orElseThrow();
        plans.recordMeeting(plan.id(), plan.version(), MeetingRecord.of(MeetingKind.REVIEW_CONFERENCE,
                LocalDate.of(2025, 12, 15), "Mother, school", "Progress reviewed", null)
                .chairedBy(council.user(Role.CHILD_PROTECTION_CHAIR).id()), worker);

        Node found = child(exported(2026), "CEN" + council.tag());

        assertThat(text(found, "ChildIdentifiers/PersonBirthDate")).isEqualTo("2016-03-14");
        assertThat(text(found, "ChildIdentifiers/Sex")).isEqualTo("F");
        assertThat(text(found, "ChildCharacteristics/Ethnicity")).isEqualTo("WBRI");
        assertThat(text(found, "count(CINdetails)")).isEqualTo("1");
        assertThat(text(found, "CINdetails/CINreferralDate")).isEqualTo("2025-05-01");
        assertThat(text(found, "CINdetails/ReferralSource")).isEqualTo("2A");
        assertThat(text(found, "CINdetails/PrimaryNeedCode")).isEqualTo("N1");
        assertThat(text(found, "count(CINdetails/CINclosureDate)")).isEqualTo("0");
        assertThat(text(found, "CINdetails/ReferralNFA")).isEqualTo("0");
        assertThat(text(found, "CINdetails/Assessments/AssessmentActualStartDate")).isEqualTo("2025-05-01");
        assertThat(text(found, "CINdetails/Assessments/AssessmentAuthorisationDate")).isEqualTo("2025-06-20");
        assertThat(text(found, "count(CINdetails/Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors)"))
                .isEqualTo("2");
        assertThat(text(found, "CINdetails/Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors[1]"))
                .isEqualTo("3A");
        assertThat(text(found, "CINdetails/Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors[2]"))
                .isEqualTo("4B");
        assertThat(text(found, "CINdetails/CINPlanDates/CINPlanStartDate")).isEqualTo("2025-06-20");
        assertThat(text(found, "CINdetails/CINPlanDates/CINPlanEndDate")).isEqualTo("2025-09-19");
        assertThat(text(found, "CINdetails/Section47/S47ActualStartDate")).isEqualTo("2025-09-01");
        assertThat(text(found, "CINdetails/Section47/InitialCPCtarget")).isEqualTo("2025-09-22");
        assertThat(text(found, "CINdetails/Section47/DateOfInitialCPC")).isEqualTo("2025-09-19");
        assertThat(text(found, "CINdetails/Section47/ICPCnotRequired")).isEqualTo("0");
        assertThat(text(found, "CINdetails/ChildProtectionPlans/CPPstartDate")).isEqualTo("2025-09-19");
        assertThat(text(found, "count(CINdetails/ChildProtectionPlans/CPPendDate)")).isEqualTo("0");
        assertThat(text(found, "CINdetails/ChildProtectionPlans/InitialCategoryOfAbuse")).isEqualTo("NEG");
        assertThat(text(found, "CINdetails/ChildProtectionPlans/LatestCategoryOfAbuse")).isEqualTo("NEG");
        assertThat(text(found, "CINdetails/ChildProtectionPlans/NumberOfPreviousCPP")).isEqualTo("0");
        assertThat(text(found, "CINdetails/ChildProtectionPlans/Reviews/CPPreviewDate")).isEqualTo("2025-12-15");
    }

    @Test
    void aRestrictedChildIsInTheReturnAndTheExportIsAuditedOnce() throws Exception {
        PersonId child = returns.childReferred(council, "CER" + council.tag(), LocalDate.of(2025, 7, 1), "6");
        allocations.allocate(child, council.team().id(), worker.id(), LocalDate.of(2025, 7, 1), manager);
        restrictions.restrict(child, "A member of staff's relative", manager, List.of(manager.id(), worker.id()));
        long before = exports();

        Node found = child(exported(2026), "CER" + council.tag());

        assertThat(text(found, "CINdetails/CINreferralDate")).isEqualTo("2025-07-01");
        assertThat(text(found, "CINdetails/ReferralSource")).isEqualTo("6");
        assertThat(exports()).isEqualTo(before + 1);
    }

    @Test
    void anEpisodeOpenedByAllocationWithNoContactHasTheSourceUnknown() throws Exception {
        PersonId child = returns.child(council, "CEU" + council.tag());
        allocations.allocate(child, council.team().id(), worker.id(), LocalDate.of(2025, 8, 4), manager);

        Node found = child(exported(2026), "CEU" + council.tag());

        assertThat(text(found, "CINdetails/CINreferralDate")).isEqualTo("2025-08-04");
        assertThat(text(found, "CINdetails/ReferralSource")).isEqualTo("10");
    }

    @Test
    void theYearBeforeIsExportedAgainstItsOwnSchema() throws Exception {
        PersonId child = returns.childReferred(council, "CEP" + council.tag(), LocalDate.of(2024, 11, 4), "3A");
        allocations.allocate(child, council.team().id(), worker.id(), LocalDate.of(2024, 11, 4), manager);

        Node found = child(exported(2025), "CEP" + council.tag());

        assertThat(text(found, "CINdetails/CINreferralDate")).isEqualTo("2024-11-04");
        assertThat(text(found, "/Message/Header/CollectionDetails/ReferenceDate")).isEqualTo("2025-03-31");
    }

    @Test
    void aYearWithNoSchemaIsRefusedInWords() {
        assertThatThrownBy(() -> export.year(2027)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025, 2026").hasMessageContaining("not for 2027");
    }

    /** The export of that year, which {@link CensusExport#write} has checked against the year's schema. */
    private Document exported(int year) throws Exception {
        CensusYear census = export.year(year);
        Path out = folder.resolve("census-" + year + ".xml");
        export.write(census, out, new Progress(new PrintStream(OutputStream.nullOutputStream()), "census", 1),
                new Requester(manager.id(), manager.username()));
        assertThat(CensusSchemas.errors(year, out)).isEmpty();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
    }

    private long exports() {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'EXPORT_CENSUS' AND user_id = :u")
                .param("u", manager.id()).query(Long.class).single();
    }

    private static Node child(Document file, String laChildId) throws Exception {
        Node child = (Node) xpath().evaluate("/Message/Children/Child[ChildIdentifiers/LAchildID = '" + laChildId
                + "']", file, XPathConstants.NODE);
        assertThat(child).as("child " + laChildId + " in the return").isNotNull();
        return child;
    }

    private static String text(Node node, String path) throws Exception {
        return xpath().evaluate(path, node);
    }

    private static XPath xpath() {
        return XPathFactory.newInstance().newXPath();
    }
}
