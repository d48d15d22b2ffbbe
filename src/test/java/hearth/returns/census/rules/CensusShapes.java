package hearth.returns.census.rules;

import hearth.returns.census.CensusExamples;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Episodes and children for the rules' tests, built from {@link CensusExamples}' clean ones and
 * changed in the one part a rule looks at.
 */
final class CensusShapes {

    private String referral = "2025-06-02";
    private String need = "N1";
    private String closure;
    private String reason;
    private String conference;
    private String nfa = "0";
    private final List<CensusFile.Assessment> assessments = new ArrayList<>();
    private final List<CensusFile.CinPlan> plans = new ArrayList<>();
    private final List<CensusFile.Section47> enquiries = new ArrayList<>();
    private final List<CensusFile.ProtectionPlan> protections = new ArrayList<>();

    private CensusShapes() {
    }

    /** An open episode referred on 2 June 2025 that led to further action, need N1. */
    static CensusShapes episode() {
        return new CensusShapes();
    }

    CensusShapes referred(String date) {
        referral = date;
        return this;
    }

    CensusShapes need(String code) {
        need = code;
        return this;
    }

    CensusShapes closed(String date, String why) {
        closure = date;
        reason = why;
        return this;
    }

    CensusShapes conference(String date) {
        conference = date;
        return this;
    }

    CensusShapes nfa(String flag) {
        nfa = flag;
        return this;
    }

    CensusShapes assessment(String start, String authorised, String... factors) {
        assessments.add(new CensusFile.Assessment(start, null, authorised, List.of(factors), null));
        return this;
    }

    CensusShapes plan(String start, String end) {
        plans.add(new CensusFile.CinPlan(start, end, null));
        return this;
    }

    CensusShapes enquiry(String start, String conferenceDate, String conferenceNotRequired) {
        enquiries.add(new CensusFile.Section47(start, null, conferenceDate, conferenceNotRequired, null));
        return this;
    }

    CensusShapes protection(String start, String end) {
        protections.add(new CensusFile.ProtectionPlan(start, end, "PHY", "PHY", "0", List.of(), null));
        return this;
    }

    CensusFile.Episode build() {
        return new CensusFile.Episode(referral, "1A", need, closure, reason, conference, assessments, plans, enquiries,
                nfa, protections, null);
    }

    /** A child with these episodes. */
    static CensusFile.Child child(String laChildId, CensusShapes... episodes) {
        return CensusExamples.child(laChildId, built(episodes));
    }

    /** A child born on {@code birth} (or expected on {@code expected}), dead on {@code death} (null when alive). */
    static CensusFile.Child person(String laChildId, String birth, String expected, String death,
            CensusShapes... episodes) {
        return CensusExamples.child(new CensusFile.Identifiers(laChildId, null, null, "UN1", birth, expected, "F", death),
                built(episodes));
    }

    /** The LA child ids one rule reports in a file of these children. */
    static List<String> reported(CensusRule rule, CensusFile.Child... children) {
        return CensusExamples.breaches(rule, CensusExamples.file(children));
    }

    private static CensusFile.Episode[] built(CensusShapes... episodes) {
        return Arrays.stream(episodes).map(CensusShapes::build).toArray(CensusFile.Episode[]::new);
    }
}
