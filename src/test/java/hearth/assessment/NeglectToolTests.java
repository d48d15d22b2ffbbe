package hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

@HearthTest
class NeglectToolTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired NeglectTool neglectTool;

    @Test
    void theShippedToolLoadsWithFiveDomainsOfThreeToFiveItemsEachGradedOneToFive() {
        NeglectToolDefinition tool = NeglectToolDefinition.load(new ClassPathResource("assessment/neglect-tool.json"));
        assertThat(tool.domains()).hasSize(5).allSatisfy(d -> assertThat(d.items()).hasSizeBetween(3, 5));
        assertThat(tool.items()).allSatisfy(i -> assertThat(i.descriptors()).hasSize(5));
        assertThat(neglectTool.definition().id()).isEqualTo("hearth-graded-care");
    }

    @Test
    void aBadToolIsRejectedWithAMessageSayingWhatIsWrongAndWhere() {
        ByteArrayResource bad = new ByteArrayResource("""
                {"id": "council-tool", "version": "2", "name": "Council tool", "domains": [
                  {"id": "care", "name": "Care", "items": [
                    {"id": "food", "name": "Food", "descriptors": ["a", "b", "c"]},
                    {"id": "food", "name": "Food again", "descriptors": ["a", "b", "c", "d", "e"]}]},
                  {"id": "empty", "name": "Empty", "items": []}]}""".getBytes(), "council tool file");
        assertThatThrownBy(() -> NeglectToolDefinition.load(bad)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("council tool file")
                .hasMessageContaining("hearth.neglect-tool.location")
                .hasMessageContaining("domain 'care', item 'food' needs 5 grade descriptors (grades 1 to 5), found 3")
                .hasMessageContaining("item ids must be unique")
                .hasMessageContaining("domain 'empty' has no items");
        ByteArrayResource notJson = new ByteArrayResource("domains: [".getBytes(), "yaml by mistake");
        assertThatThrownBy(() -> NeglectToolDefinition.load(notJson)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be read as JSON");
    }

    @Test
    void twoCompletionsGiveATrendPerDomainAndTheLatestGradesAreTheBaseline() {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        neglectTool.record(child, LocalDate.now().minusMonths(3), "Mother", grades(4), null, worker);
        Map<String, Integer> later = grades(2);
        later.replaceAll((item, g) -> item.equals("supervision") ? 5 : g);
        neglectTool.record(child, LocalDate.now(), "Mother and grandmother", later, "Home much improved", worker);

        assertThat(neglectTool.completions(child)).hasSize(2);
        assertThat(neglectTool.latestDomainGrades(child)).containsEntry("physical", 2.0).containsEntry("safety", 3.0);
        assertThat(neglectTool.trends(child)).filteredOn(t -> t.domainId().equals("physical"))
                .extracting(NeglectTool.Trend::direction).containsExactly(NeglectTool.Direction.BETTER);
        assertThat(neglectTool.trends(child)).filteredOn(t -> t.domainId().equals("safety"))
                .extracting(NeglectTool.Trend::previous, NeglectTool.Trend::latest).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4.0, 3.0));
        assertThat(new NeglectBaselines(neglectTool).forChild(child)).as("the grades a plan's baselines come from")
                .anyMatch(line -> line.startsWith(neglectTool.definition().domainName("safety") + ": graded 3.0"));
    }

    @Test
    void everyItemMustBeGraded() {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        Map<String, Integer> missing = grades(3);
        missing.remove("food");
        assertThatThrownBy(() -> neglectTool.record(child, LocalDate.now(), " ", missing, null,
                council.user(Role.SOCIAL_WORKER))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsOnlyKeys("tookPart", "grade-food"));
    }

    private Map<String, Integer> grades(int grade) {
        Map<String, Integer> grades = new HashMap<>();
        neglectTool.definition().items().forEach(i -> grades.put(i.id(), grade));
        return grades;
    }
}
