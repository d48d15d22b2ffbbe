package hearth.returns.census;

import hearth.timeliness.WorkingCalendar;
import java.util.List;

/**
 * Small census returns for the rules' tests: a child and an episode that break no rule, which
 * each test changes in the one place its rule looks at. Add shapes here only when several rules
 * need them; a rule's own variations stay in its test.
 */
public final class CensusExamples {

    public static final CensusYear YEAR_2026 = new CensusYear(2026, new WorkingCalendar());

    private CensusExamples() {
    }

    public static CensusFile.Header header() {
        return new CensusFile.Header("CIN", "2026", "2026-03-31", "L", "201", "Hearth", "1", "1",
                "2026-04-20T09:00:00");
    }

    public static CensusFile.Identifiers identifiers(String laChildId) {
        return new CensusFile.Identifiers(laChildId, null, null, "UN1", "2015-06-01", null, "F", null);
    }

    public static CensusFile.Characteristics characteristics() {
        return new CensusFile.Characteristics("WBRI", List.of("NONE"));
    }

    /** An open episode referred in the year, with no assessment, plan or enquiry yet. */
    public static CensusFile.Episode episode() {
        return new CensusFile.Episode("2025-06-02", "1A", "N1", null, null, null, List.of(), List.of(), List.of(),
                "0", List.of(), null);
    }

    public static CensusFile.Child child(String laChildId, CensusFile.Episode... episodes) {
        return new CensusFile.Child(identifiers(laChildId), characteristics(), List.of(episodes), null);
    }

    public static CensusFile.Child child(CensusFile.Identifiers identifiers, CensusFile.Episode... episodes) {
        return new CensusFile.Child(identifiers, characteristics(), List.of(episodes), null);
    }

    public static CensusFile file(CensusFile.Child... children) {
        return new CensusFile(header(), List.of(children));
    }

    /** The LA child ids (null for the whole file) that one rule reports in a file. */
    public static List<String> breaches(CensusRule rule, CensusFile file) {
        Breaches breaches = new Breaches();
        rule.check(file, YEAR_2026, breaches);
        return breaches.drain().stream().map(Breaches.Breach::laChildId).toList();
    }
}
