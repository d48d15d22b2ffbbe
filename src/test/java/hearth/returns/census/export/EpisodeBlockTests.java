package hearth.returns.census.export;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.platform.PersonId;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

/**
 * A later capability's block lands inside each CINdetails after its ChildProtectionPlans, with
 * nothing else of the writer changed: here a test-only 2026-27 pre-proceedings block.
 */
class EpisodeBlockTests {

    /** What a pre-proceedings capability would write; the dates are this test's own. */
    static final class PreProceedings implements EpisodeBlock {
        @Override
        public boolean appliesTo(CensusYear year) {
            return year.year() >= 2027;
        }

        @Override
        public void write(XMLStreamWriter xml, PersonId child, CensusFile.Episode episode) throws XMLStreamException {
            xml.writeStartElement("PreProceedingsandFGDM");
            xml.writeStartElement("PPStartDate");
            xml.writeCharacters("2026-06-01");
            xml.writeEndElement();
            xml.writeEndElement();
        }
    }

    @Test
    void aBlockIsWrittenAtTheEndOfEachEpisodeAfterTheProtectionPlans() throws Exception {
        String xml = written(List.of(new PreProceedings()));

        assertThat(xml).contains("</ReferralNFA><ChildProtectionPlans><CPPstartDate>2026-05-11</CPPstartDate>")
                .contains("</ChildProtectionPlans><PreProceedingsandFGDM><PPStartDate>2026-06-01</PPStartDate>"
                        + "</PreProceedingsandFGDM></CINdetails>");
        assertThat(xml.split("<PreProceedingsandFGDM>", -1)).hasSize(3);
    }

    @Test
    void withoutBlocksTheEpisodeEndsWithItsProtectionPlans() throws Exception {
        assertThat(written(List.of())).doesNotContain("PreProceedings")
                .contains("</ChildProtectionPlans></CINdetails>");
    }

    @Test
    void aBlockAppliesOnlyToTheYearsWhoseSchemaHasIt() {
        assertThat(new PreProceedings().appliesTo(new CensusYear(2026, null))).isFalse();
        assertThat(new PreProceedings().appliesTo(new CensusYear(2027, null))).isTrue();
    }

    private static String written(List<EpisodeBlock> blocks) throws Exception {
        CensusFile.ProtectionPlan plan = new CensusFile.ProtectionPlan("2026-05-11", null, "NEG", "NEG", "0",
                List.of(), null);
        CensusFile.Episode episode = new CensusFile.Episode("2026-04-20", "2A", "N1", null, null, null, List.of(),
                List.of(), List.of(), "0", List.of(plan), null);
        CensusFile.Child child = new CensusFile.Child(new CensusFile.Identifiers("BK1", null, null, "UN1", "2019-01-02",
                null, "M", null), new CensusFile.Characteristics("WBRI", List.of()), List.of(episode, episode), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CensusXmlWriter writer = new CensusXmlWriter(out, blocks)) {
            writer.start(new CensusFile.Header("CIN", "2027", "2027-03-31", "L", "873", "Hearth", "1", "001",
                    "2027-04-02T09:00:00"));
            writer.child(new PersonId(UUID.randomUUID()), child);
            writer.finish();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
