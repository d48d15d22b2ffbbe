package hearth.casework;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.access.Staff;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class RoutingRulesTests {

    private static final Staff.Team DUTY = team("Assessment Team 1", "ASSESSMENT");
    private static final Staff.Team SECOND = team("Assessment Team 2", "ASSESSMENT");
    private static final Staff.Team EAST_CP = team("Child Protection Team 2", "CHILD_PROTECTION");
    private static final Staff.Team ADOLESCENTS = team("Adolescent Team", "ADOLESCENTS");
    private static final List<Staff.Team> TEAMS = List.of(SECOND, EAST_CP, ADOLESCENTS, DUTY);

    private final RoutingRules rules = new RoutingRules(new MockEnvironment()
            .withProperty("hearth.routing.duty-team", "assessment team 2")
            .withProperty("hearth.routing.rules[0].team", "Child Protection Team 2")
            .withProperty("hearth.routing.rules[0].work", "CHILD_PROTECTION")
            .withProperty("hearth.routing.rules[0].postcodes", "BK4,BK5 7")
            .withProperty("hearth.routing.rules[1].team", "Adolescent Team")
            .withProperty("hearth.routing.rules[1].min-age", "16")
            .withProperty("hearth.routing.rules[2].team", "Team That Closed")
            .withProperty("hearth.routing.rules[2].max-age", "4"));

    @Test
    void theFirstRuleWhoseEveryConditionFitsNamesTheTeam() {
        assertThat(rules.teamFor(Involvements.Kind.CHILD_PROTECTION, 9, "bk4 2xy", TEAMS)).contains(EAST_CP);
        assertThat(rules.teamFor(Involvements.Kind.CHILD_PROTECTION, 17, "BK4 2XY", TEAMS))
                .as("the area rule comes first").contains(EAST_CP);
        assertThat(rules.teamFor(Involvements.Kind.ASSESSMENT, 17, "BK4 2XY", TEAMS)).contains(ADOLESCENTS);
        assertThat(rules.teamFor(Involvements.Kind.CHILD_PROTECTION, 9, "BK5 7AB", TEAMS)).contains(EAST_CP);
    }

    @Test
    void aPostcodeMatchesByWholeDistrictOrSectorNotByItsFirstLetters() {
        assertThat(rules.teamFor(Involvements.Kind.CHILD_PROTECTION, 9, "BK40 1AA", TEAMS)).contains(SECOND);
        assertThat(rules.teamFor(Involvements.Kind.CHILD_PROTECTION, 9, "BK5 8AB", TEAMS)).contains(SECOND);
        assertThat(rules.teamFor(Involvements.Kind.CHILD_PROTECTION, 9, null, TEAMS))
                .as("no known address fits no area").contains(SECOND);
    }

    @Test
    void workNoRuleFitsGoesToTheDutyTeamAndAnUnknownTeamIsPassedOver() {
        assertThat(rules.teamFor(Involvements.Kind.ASSESSMENT, 10, "BK1 1AA", TEAMS)).contains(SECOND);
        assertThat(rules.teamFor(Involvements.Kind.ASSESSMENT, 2, "BK1 1AA", TEAMS))
                .as("the under-5s rule names a team Hearth does not have").contains(SECOND);
        assertThat(rules.teamFor(Involvements.Kind.ASSESSMENT, null, null, TEAMS))
                .as("an unborn child fits no minimum age").contains(SECOND);
        assertThat(rules.unknownTeams(TEAMS)).containsExactly("Team That Closed");
    }

    @Test
    void withNoRulesTheFirstAssessmentTeamByNameReceivesTheWork() {
        RoutingRules none = new RoutingRules(new MockEnvironment());
        assertThat(none.teamFor(Involvements.Kind.CHILD_PROTECTION, 8, "BK1 1AA", TEAMS)).contains(DUTY);
        assertThat(none.teamFor(Involvements.Kind.ASSESSMENT, 8, null, List.of(ADOLESCENTS))).isEmpty();
        assertThat(none.unknownTeams(TEAMS)).isEmpty();
    }

    private static Staff.Team team(String name, String kind) {
        return new Staff.Team(UUID.randomUUID(), name, kind, null);
    }
}
