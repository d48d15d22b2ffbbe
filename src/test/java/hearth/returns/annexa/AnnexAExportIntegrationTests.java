package hearth.returns.annexa;

import static hearth.returns.ReturnsFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

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
import hearth.frontdoor.Outcome;
import hearth.planning.MeetingKind;
import hearth.planning.MeetingRecord;
import hearth.planning.PlanKind;
import hearth.planning.Plans;
import hearth.planning.VisitDetails;
import hearth.planning.Visits;
import hearth.platform.PersonId;
import hearth.platform.Progress;
import hearth.returns.Requester;
import hearth.returns.ReturnsFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ofsted's lists for October 2025 to March 2026 from one fixture child's pathway, recorded
 * through the services a worker uses: a school's referral, an assessment, a strategy
 * discussion and enquiry, an initial conference, a protection plan with a review and a visit,
 * and a second, restricted child stepped to early help. The expected rows are written by hand.
 */
@HearthTest
class AnnexAExportIntegrationTests {

    static final AnnexAPeriod WINTER = new AnnexAPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 31));

    @Autowired FixtureCouncil fixtures;
    @Autowired ReturnsFixtures returns;
    @Autowired AnnexAExport export;
    @Autowired Allocations allocations;
    @Autowired PrimaryNeeds needs;
    @Autowired Assessments assessments;
    @Autowired ChildProtection childProtection;
    @Autowired Plans plans;
    @Autowired Visits visits;
    @Autowired RecordRestrictions restrictions;
    @Autowired JdbcClient jdbc;

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
    void aChildsPathwayAppearsOnEachListItReaches() throws Exception {
        String id = "ANX" + council.tag();
        pathway(id);

        XSSFWorkbook book = exported(WINTER);

        String team = council.team().name();
        String name = worker.displayName();
        List<Object> child = List.of(id, "b) Female", "a) White", "14/03/2016", "10");
        assertThat(row(book, 1, id)).isEqualTo(with(child, "06/10/2025", "b) Schools"));
        assertThat(row(book, 3, id)).isEqualTo(with(child, "06/10/2025", "b) Schools", "No", "0", team, name));
        assertThat(row(book, 4, id)).isEqualTo(with(child, "No", "06/10/2025", "Yes", "24/11/2025", "Yes", team,
                name));
        assertThat(row(book, 5, id)).isEqualTo(with(child, "No", "12/01/2026", "No", "29/01/2026", "Yes", "1", "1",
                team, name));
        assertThat(row(book, 6, id)).isEqualTo(with(child, "No", "06/10/2025", "a) Abuse or neglect", "05/02/2026",
                null, null, "b) Child Protection plan", team, name));
        assertThat(row(book, 7, id)).isEqualTo(with(child, "No", "29/01/2026", "a) Neglect", "a) Neglect",
                "05/02/2026", "Yes", "10/03/2026", null, null, "0", team, name));
        assertThat(rowsOf(book, 2, id)).isEmpty();
    }

    @Test
    void aRestrictedChildSteppedToEarlyHelpIsOnListsOneAndTwoAndTheExportIsAuditedOnce() throws Exception {
        String id = "ANE" + council.tag();
        PersonId child = returns.childWithContact(council, id, LocalDate.of(2025, 11, 3), "3A", Outcome.EARLY_HELP);
        allocations.allocate(child, council.team().id(), worker.id(), LocalDate.of(2025, 11, 3), manager);
        restrictions.restrict(child, "A member of staff's relative", manager, List.of(manager.id(), worker.id()));
        long before = exports();

        XSSFWorkbook book = exported(WINTER);

        List<Object> columns = List.of(id, "b) Female", "a) White", "14/03/2016", "10");
        assertThat(row(book, 1, id)).isEqualTo(with(columns, "03/11/2025", "d) Health Services"));
        assertThat(row(book, 2, id)).isEqualTo(with(columns, "03/11/2025", null, null));
        assertThat(rowsOf(book, 3, id)).isEmpty();
        assertThat(exports()).isEqualTo(before + 1);
    }

    @Test
    void whatIsAfterThePeriodHasNotHappenedYetAndTheAgeIsOnItsLastDay() throws Exception {
        String id = "ANA" + council.tag();
        pathway(id);

        XSSFWorkbook book = exported(new AnnexAPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));

        List<Object> child = List.of(id, "b) Female", "a) White", "14/03/2016", "9");
        assertThat(row(book, 6, id)).isEqualTo(with(child, "No", "06/10/2025", "a) Abuse or neglect", null, null,
                null, "c) Child in need plan", council.team().name(), worker.displayName()));
        assertThat(rowsOf(book, 5, id)).isEmpty();
        assertThat(rowsOf(book, 7, id)).isEmpty();
        assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Gender");
        assertThat(exported(WINTER).getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Sex");
    }

    @Test
    void everySheetHasTheSchemasHeadersAndOnlyItsCodesAndDates() throws Exception {
        pathway("ANS" + council.tag());
        returns.childWithContact(council, "ANT" + council.tag(), LocalDate.of(2025, 12, 1), "5D", Outcome.EARLY_HELP);

        XSSFWorkbook book = exported(WINTER);

        AnnexASchema schema = AnnexASchema.load();
        for (int list = 1; list <= 7; list++) {
            Sheet sheet = book.getSheetAt(list - 1);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).as("list " + list).isEqualTo(schema.headers(list, "Sex"));
            assertThat(sheet.getLastRowNum()).as("rows on list " + list).isPositive();
            for (Row row : sheet) {
                for (int i = 0; row.getRowNum() > 0 && i < headers.size(); i++) {
                    String value = text(row.getCell(i));
                    assertThat(schema.problem(list, headers.get(i), value)).as("list " + list + " row "
                            + row.getRowNum() + " " + headers.get(i)).isNull();
                }
            }
        }
    }

    /** Referred by a school on 6 October 2025, assessed, then an enquiry, a conference and a protection plan. */
    private void pathway(String id) throws Exception {
        PersonId child = returns.childReferred(council, id, LocalDate.of(2025, 10, 6), "2A");
        allocations.allocate(child, council.team().id(), worker.id(), LocalDate.of(2025, 10, 7), manager);
        needs.record(child, "N1", LocalDate.of(2025, 10, 7), worker);
        AssessmentId assessment = assessments.startFromRecord(child, LocalDate.of(2025, 10, 6), worker);
        Assessment.Content complete = FixtureCouncil.completeAssessment(null);
        assessments.save(assessment, 0, new Assessment.Content(complete.seenBy(), LocalDate.of(2025, 10, 9), true,
                null, complete.livedExperience(), complete.childWords(), List.of(), complete.historyMeaning(),
                complete.parentingCapacity(), complete.familyEnvironment(), complete.impact(), complete.analysis(),
                complete.parentalEngagement(), complete.factors(), complete.outcome(), null), worker);
        assessments.submit(assessment, 1, worker, at(LocalDate.of(2025, 11, 20), 10));
        assessments.authorise(assessment, 2, manager, at(LocalDate.of(2025, 11, 24), 15));
        childProtection.recordStrategyDiscussion(child, new StrategyDiscussion(at(LocalDate.of(2026, 1, 12), 10),
                Set.of("SOCIAL_CARE", "POLICE"), "Team manager", List.of(), "Police share two call-outs",
                StrategyDecision.S47_JOINT, "Joint visit tomorrow"), worker);
        EnquiryId enquiry = childProtection.pathway(child).enquiries().get(0).id();
        childProtection.concludeEnquiry(enquiry, LocalDate.of(2026, 1, 20), "INITIAL_CONFERENCE", worker);
        StaffMember chair = council.user(Role.CHILD_PROTECTION_CHAIR);
        childProtection.recordInitialConference(enquiry, LocalDate.of(2026, 1, 29), chair.id(), "Mother, school",
                "NEG", null, null, worker);
        visits.record(child, new VisitDetails(LocalDate.of(2026, 2, 5), VisitDetails.Type.STATUTORY,
                VisitDetails.Place.HOME, "Maisie and her mother", true, true, null, null, "I like my new bed", null,
                "Warm and tidy", "Food in the cupboards", null), worker);
        var plan = plans.open(child, PlanKind.CHILD_PROTECTION).orElseThrow();
        plans.recordMeeting(plan.id(), plan.version(), MeetingRecord.of(MeetingKind.REVIEW_CONFERENCE,
                LocalDate.of(2026, 3, 10), "Mother, school", "Progress reviewed", null).chairedBy(chair.id()), worker);
    }

    private XSSFWorkbook exported(AnnexAPeriod period) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(period, out, new Progress(new PrintStream(OutputStream.nullOutputStream()), "Annex A",
                AnnexAExport.STEPS), new Requester(manager.id(), manager.username()));
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The list's one row for the child, every cell as text (null for a blank cell). */
    static List<String> row(XSSFWorkbook book, int list, String id) {
        List<List<String>> rows = rowsOf(book, list, id);
        assertThat(rows).as("rows for " + id + " on list " + list).hasSize(1);
        return rows.get(0);
    }

    static List<List<String>> rowsOf(XSSFWorkbook book, int list, String id) {
        Sheet sheet = book.getSheetAt(list - 1);
        int width = sheet.getRow(0).getLastCellNum();
        List<List<String>> found = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && id.equals(row.getCell(0).getStringCellValue())) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    cells.add(text(row.getCell(i)));
                }
                found.add(cells);
            }
        }
        return found;
    }

    static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        return cell.getCellType() == CellType.NUMERIC ? Long.toString((long) cell.getNumericCellValue())
                : cell.getStringCellValue();
    }

    private static List<Object> with(List<Object> child, Object... own) {
        List<Object> row = new ArrayList<>(child);
        row.addAll(Arrays.asList(own));
        return row;
    }

    private long exports() {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'EXPORT_ANNEX_A' AND user_id = :u")
                .param("u", manager.id()).query(Long.class).single();
    }
}
