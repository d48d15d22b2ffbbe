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

    @Test
    void aMothersChildrenAreBornAtLeastTenMonthsApartUnlessTwins() {
        SyntheticCouncil council = new SyntheticCouncil(60_000, 2, 3, TODAY, Instant.now());
        FamilyMaker maker = new FamilyMaker(council);
        int twins = 0;
        for (int i = 0; i < 5_000; i++) {
            List<LocalDate> births = maker.make().children.stream().map(c -> c.born != null ? c.born : c.due)
                    .sorted().toList();
            for (int j = 1; j < births.size(); j++) {
                LocalDate before = births.get(j - 1);
                LocalDate after = births.get(j);
                if (after.equals(before)) {
                    twins++;
                } else {
                    assertThat(after).as("born after a sibling born on " + before).isAfterOrEqualTo(before.plusMonths(10));
                }
            }
        }
        assertThat(twins).as("twins are rare but happen").isBetween(1, 200);
    }

    private static List<String> names(long seed) {
        SyntheticCouncil council = new SyntheticCouncil(60_000, 2, seed, TODAY, Instant.now());
        FamilyMaker maker = new FamilyMaker(council);
        return IntStream.range(0, 20).mapToObj(i -> maker.make())
                .map(f -> f.mother.forenames + " " + f.mother.surname + " " + f.children.get(0).born).toList();
    }
}
