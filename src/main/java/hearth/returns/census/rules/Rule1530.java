package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** A UPN of 13 characters must have a recognised local authority code in characters 2 to 4. */
@Component
class Rule1530 implements ChildRule {

    /** Post-1998 LA codes and the pseudo-LA codes the DfE recognises (its list for 2025-26). */
    private static final Set<String> LA_CODES = Stream.of(
            IntStream.rangeClosed(1, 5), IntStream.rangeClosed(201, 213), IntStream.rangeClosed(301, 320),
            IntStream.rangeClosed(330, 336), IntStream.rangeClosed(340, 344), IntStream.rangeClosed(350, 359),
            IntStream.rangeClosed(370, 373), IntStream.rangeClosed(380, 384), IntStream.rangeClosed(390, 394),
            IntStream.rangeClosed(660, 681), IntStream.rangeClosed(701, 708), IntStream.rangeClosed(800, 803),
            IntStream.rangeClosed(805, 808), IntStream.rangeClosed(810, 813), IntStream.rangeClosed(820, 823),
            IntStream.rangeClosed(835, 839), IntStream.rangeClosed(850, 852), IntStream.rangeClosed(855, 857),
            IntStream.rangeClosed(865, 896), IntStream.rangeClosed(935, 938), IntStream.rangeClosed(940, 941),
            IntStream.of(420, 815, 816, 825, 826, 830, 831, 840, 841, 845, 846, 860, 861, 908, 909, 916, 919, 921,
                    925, 926, 928, 929, 931, 933, 942, 943))
            .flatMapToInt(codes -> codes).mapToObj(code -> String.format("%03d", code))
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public String code() {
        return "1530";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        String upn = child.identifiers().upn();
        if (ChildText.fullLength(upn) && !LA_CODES.contains(upn.substring(1, 4))) {
            breaches.child(child, "UPN");
        }
    }
}
