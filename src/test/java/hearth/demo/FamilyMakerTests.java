package hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FamilyMakerTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void theSameSeedMakesTheSameFamilies() {
        assertThat(names(42)).isEqualTo(names(42)).isNotEqualTo(names(43));
    }

    @Test
    void everyFamilyHasAMotherAndAtLeastOneChildAndNoChildIsBornAfterToday() {
        SyntheticCouncil council = new SyntheticCouncil(60_000, 2, 1, TODAY, Instant.now());
        FamilyMaker maker = new FamilyMaker(council);
        for (int i = 0; i < 2_000; i++) {
            Family family = maker.make();
            assertThat(family.mother).isNotNull();
            assertThat(family.children).isNotEmpty();
            assertThat(family.children).allMatch(c -> c.born == null || !c.born.isAfter(TODAY));
            assertThat(family.knownSince).isAfter(TODAY.minusYears(2).minusDays(1));
        }
    }

    private static List<String> names(long seed) {
        SyntheticCouncil council = new SyntheticCouncil(60_000, 2, seed, TODAY, Instant.now());
        FamilyMaker maker = new FamilyMaker(council);
        return IntStream.range(0, 20).mapToObj(i -> maker.make())
                .map(f -> f.mother.forenames + " " + f.mother.surname + " " + f.children.get(0).born).toList();
    }
}
