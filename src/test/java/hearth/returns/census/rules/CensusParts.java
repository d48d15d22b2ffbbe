package hearth.returns.census.rules;

import hearth.returns.census.CensusExamples;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import java.util.ArrayList;
import java.util.List;

/** An episode for the rules' tests, referred on 2 June 2025, changed in the parts a rule looks at. */
final class CensusParts {

    private String referral = "2025-06-02";
    private String closure;
    private String reason;
    private String conference;
    private String nfa = "0";
    private final List<CensusFile.Assessment> assessments = new ArrayList<>();
    private final List<CensusFile.CinPlan> plans = new ArrayList<>();
    private final List<CensusFile.Section47> enquiries = new ArrayList<>();
    private final List<CensusFile.ProtectionPlan> protections = new ArrayList<>();

    static CensusParts referred(String date) {
        CensusParts parts = new CensusParts();
        parts.referral = date;
        return parts;
    }

    CensusParts closed(String date, String why) {
        closure = date;
        reason = why;
        return this;
    }

    CensusParts conference(String date) {
        conference = date;
        return this;
    }

    CensusParts nfa(String flag) {
        nfa = flag;
        return this;
    }

    CensusParts assessment(String start) {
        assessments.add(new CensusFile.Assessment(start, null, null, List.of(), null));
        return this;
    }

    CensusParts plan(String start, String end) {
        plans.add(new CensusFile.CinPlan(start, end, null));
        return this;
    }

    CensusParts enquiry(String start, String conferenceDate) {
        enquiries.add(new CensusFile.Section47(start, null, conferenceDate, conferenceDate == null ? "true" : "false",
                null));
        return this;
    }

    CensusParts protection(String start, String end, String... reviews) {
        protections.add(new CensusFile.ProtectionPlan(start, end, "NEG", "NEG", "0", List.of(reviews), null));
        return this;
    }

    CensusFile.Episode episode() {
        return new CensusFile.Episode(referral, "1A", "N1", closure, reason, conference, assessments, plans,
                enquiries, nfa, protections, null);
    }

    static CensusFile.Child child(String id, CensusParts... episodes) {
        return CensusExamples.child(id, List.of(episodes).stream().map(CensusParts::episode)
                .toArray(CensusFile.Episode[]::new));
    }

    static CensusFile.Child person(String id, String upn, String formerUpn) {
        CensusFile.Identifiers clean = CensusExamples.identifiers(id);
        return CensusExamples.child(new CensusFile.Identifiers(id, upn, formerUpn, clean.upnUnknown(),
                clean.personBirthDate(), clean.expectedPersonBirthDate(), clean.sex(), clean.personDeathDate()));
    }

    /** The ids a rule reports in a file of these children (null for the file as a whole). */
    static List<String> reported(CensusRule rule, CensusFile.Child... children) {
        return CensusExamples.breaches(rule, CensusExamples.file(children));
    }
}
