package hearth.returns.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CensusXmlReaderTests {

    private static final String HEADER = """
            <Header>
              <CollectionDetails><Collection>CIN</Collection><Year>2026</Year>
                <ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>
              <Source><SourceLevel>L</SourceLevel><LEA>201</LEA><SoftwareCode>Other</SoftwareCode>
                <Release>2</Release><SerialNo>7</SerialNo><DateTime>2026-04-20T09:00:00</DateTime></Source>
              <Source><LEA>999</LEA></Source>
            </Header>
            """;

    private static final String FULL_CHILD = """
            <Child>
              <ChildIdentifiers><LAchildID>C1</LAchildID><UPN>A123456789012</UPN><FormerUPN>B1</FormerUPN>
                <UPNunknown>UN1</UPNunknown><PersonBirthDate>2015-06-01</PersonBirthDate>
                <ExpectedPersonBirthDate>2015-05-30</ExpectedPersonBirthDate><Sex>F</Sex>
                <PersonDeathDate>2026-01-02</PersonDeathDate></ChildIdentifiers>
              <ChildCharacteristics><Ethnicity>WBRI</Ethnicity>
                <Disabilities><Disability>HAND</Disability><Disability>HEAR</Disability></Disabilities>
              </ChildCharacteristics>
              <CINdetails>
                <CINreferralDate>2025-06-02</CINreferralDate><ReferralSource>1A</ReferralSource>
                <PrimaryNeedCode>N1</PrimaryNeedCode><CINclosureDate>2026-01-10</CINclosureDate>
                <ReasonForClosure>RC1</ReasonForClosure><DateOfInitialCPC>2025-07-01</DateOfInitialCPC>
                <Assessments><AssessmentActualStartDate>2025-06-03</AssessmentActualStartDate>
                  <AssessmentInternalReviewDate>2025-06-20</AssessmentInternalReviewDate>
                  <AssessmentAuthorisationDate>2025-07-20</AssessmentAuthorisationDate>
                  <FactorsIdentifiedAtAssessment><AssessmentFactors>1C</AssessmentFactors>
                    <AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>
                <Assessments><AssessmentActualStartDate>2025-09-01</AssessmentActualStartDate></Assessments>
                <CINPlanDates><CINPlanStartDate>2025-08-01</CINPlanStartDate>
                  <CINPlanEndDate>2025-09-01</CINPlanEndDate></CINPlanDates>
                <Section47><S47ActualStartDate>2025-06-10</S47ActualStartDate>
                  <InitialCPCtarget>2025-07-01</InitialCPCtarget><DateOfInitialCPC>2025-07-01</DateOfInitialCPC>
                  <ICPCnotRequired>false</ICPCnotRequired></Section47>
                <ReferralNFA>0</ReferralNFA>
                <ChildProtectionPlans><CPPstartDate>2025-07-01</CPPstartDate><CPPendDate>2026-01-10</CPPendDate>
                  <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>
                  <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
                  <Reviews><CPPreviewDate>2025-09-01</CPPreviewDate><CPPreviewDate>2025-12-01</CPPreviewDate></Reviews>
                </ChildProtectionPlans>
              </CINdetails>
              <CINdetails><CINreferralDate>2026-02-01</CINreferralDate></CINdetails>
            </Child>
            """;

    @Test
    void readsEveryElementOfTheSchemaIntoItsPlace() {
        CensusFile file = read(HEADER + "<Children>" + FULL_CHILD + "</Children>");

        assertThat(file.header()).isEqualTo(new CensusFile.Header("CIN", "2026", "2026-03-31", "L", "201", "Other",
                "2", "7", "2026-04-20T09:00:00"));
        CensusFile.Child child = file.children().get(0);
        assertThat(child.identifiers()).isEqualTo(new CensusFile.Identifiers("C1", "A123456789012", "B1", "UN1",
                "2015-06-01", "2015-05-30", "F", "2026-01-02"));
        assertThat(child.characteristics()).isEqualTo(new CensusFile.Characteristics("WBRI", List.of("HAND", "HEAR")));
        assertThat(child.episodes()).hasSize(2);
        CensusFile.Episode episode = child.episodes().get(0);
        assertThat(episode.cinReferralDate()).isEqualTo("2025-06-02");
        assertThat(episode.referralSource()).isEqualTo("1A");
        assertThat(episode.primaryNeedCode()).isEqualTo("N1");
        assertThat(episode.cinClosureDate()).isEqualTo("2026-01-10");
        assertThat(episode.reasonForClosure()).isEqualTo("RC1");
        assertThat(episode.dateOfInitialCpc()).isEqualTo("2025-07-01");
        assertThat(episode.referralNfa()).isEqualTo("0");
        assertThat(episode.assessments()).containsExactly(
                new CensusFile.Assessment("2025-06-03", "2025-06-20", "2025-07-20", List.of("1C", "21"), null),
                new CensusFile.Assessment("2025-09-01", null, null, List.of(), null));
        assertThat(episode.cinPlans()).containsExactly(new CensusFile.CinPlan("2025-08-01", "2025-09-01", null));
        assertThat(episode.section47s()).containsExactly(
                new CensusFile.Section47("2025-06-10", "2025-07-01", "2025-07-01", "false", null));
        // The councils' validator reads the first review date of a Reviews block: so does Hearth.
        assertThat(episode.protectionPlans()).containsExactly(new CensusFile.ProtectionPlan("2025-07-01",
                "2026-01-10", "NEG", "EMO", "0", List.of("2025-09-01"), null));
        assertThat(child.episodes().get(1)).isEqualTo(new CensusFile.Episode("2026-02-01", null, null, null, null,
                null, List.of(), List.of(), List.of(), null, List.of(), null));
    }

    @Test
    void missingAndEmptyElementsAreNullAndTextIsKeptAsWritten() {
        CensusFile file = read("<Children><Child><ChildIdentifiers><LAchildID> C2 </LAchildID><UPN/>"
                + "<Sex></Sex></ChildIdentifiers><ChildCharacteristics><Disabilities><Disability/>"
                + "</Disabilities></ChildCharacteristics></Child><Child/></Children>");

        assertThat(file.header()).isEqualTo(new CensusFile.Header(null, null, null, null, null, null, null, null,
                null));
        CensusFile.Child child = file.children().get(0);
        assertThat(child.laChildId()).isEqualTo(" C2 ");
        assertThat(child.identifiers().upn()).isNull();
        assertThat(child.identifiers().sex()).isNull();
        assertThat(child.identifiers().personBirthDate()).isNull();
        assertThat(child.characteristics()).isEqualTo(new CensusFile.Characteristics(null, List.of("")));
        assertThat(child.episodes()).isEmpty();
        assertThat(file.children().get(1).identifiers())
                .isEqualTo(new CensusFile.Identifiers(null, null, null, null, null, null, null, null));
    }

    @Test
    void theFirstOfASingleElementCountsAndStrayElementsAreIgnored() {
        CensusFile file = read("<Children><Child><ChildIdentifiers><LAchildID>C3</LAchildID>"
                + "<LAchildID>C4</LAchildID><Note><LAchildID>C5</LAchildID></Note></ChildIdentifiers>"
                + "<CINdetails><CINreferralDate>2025-05-01<b>x</b>tail</CINreferralDate>"
                + "<Reviews><CPPreviewDate>2025-05-02</CPPreviewDate></Reviews></CINdetails></Child>"
                + "<Other><Child/></Other></Children><Children><Child/></Children>");

        assertThat(file.children()).hasSize(1);
        CensusFile.Child child = file.children().get(0);
        assertThat(child.laChildId()).isEqualTo("C3");
        assertThat(child.episodes().get(0).cinReferralDate()).isEqualTo("2025-05-01");
        assertThat(child.episodes().get(0).protectionPlans()).isEmpty();
    }

    @Test
    void aReviewsBlockWithoutADateGivesNoReview() {
        CensusFile file = read("<Children><Child><CINdetails><ChildProtectionPlans><Reviews/>"
                + "<Reviews><CPPreviewDate/></Reviews></ChildProtectionPlans></CINdetails></Child></Children>");

        assertThat(file.children().get(0).episodes().get(0).protectionPlans().get(0).reviewDates())
                .containsExactly("");
    }

    @Test
    void malformedXmlIsOneLineSayingWhereAndWhy() {
        assertThatThrownBy(() -> read("<Children>\n<Child><ChildIdentifiers></Child></Children>"))
                .isInstanceOf(MalformedCensusFile.class)
                .hasMessageStartingWith("Not a well-formed census XML file at line 3, column ")
                .hasMessageContaining("ChildIdentifiers")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> CensusXmlReader.read(stream(""), bytes -> { }))
                .isInstanceOf(MalformedCensusFile.class)
                .hasMessageNotContaining("\n");
    }

    @Test
    void aDocumentTypeDeclarationIsRefused() {
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE Message [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Message><Children><Child><ChildIdentifiers><LAchildID>&x;</LAchildID></ChildIdentifiers>"
                + "</Child></Children></Message>";

        assertThatThrownBy(() -> CensusXmlReader.read(stream(withEntity), bytes -> { }))
                .isInstanceOf(MalformedCensusFile.class);
    }

    @Test
    void streamsAFileOfManyChildrenReportingProgress() {
        int count = 20_000;
        List<InputStream> parts = new java.util.ArrayList<>();
        parts.add(stream("<Message>" + HEADER + "<Children>"));
        IntStream.range(0, count).forEach(i -> parts.add(stream(FULL_CHILD.replace("C1", "C" + i))));
        parts.add(stream("</Children></Message>"));
        long[] progress = {0, 0};

        CensusFile file = CensusXmlReader.read(new SequenceInputStream(Collections.enumeration(parts)), bytes -> {
            progress[0]++;
            progress[1] = bytes;
        });

        assertThat(file.children()).hasSize(count);
        assertThat(file.children().get(count - 1).laChildId()).isEqualTo("C" + (count - 1));
        assertThat(progress[0]).isEqualTo(count);
        assertThat(progress[1]).isGreaterThan((long) count * FULL_CHILD.length() / 2);
    }

    private static CensusFile read(String messageBody) {
        return CensusXmlReader.read(stream("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Message>" + messageBody
                + "</Message>"), bytes -> { });
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
