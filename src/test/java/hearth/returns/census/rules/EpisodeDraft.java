package hearth.returns.census.rules;

import hearth.returns.census.CensusExamples;
import hearth.returns.census.CensusFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An episode for the tests of rules 8715 to 8950Q, built from the clean open episode of
 * {@link CensusExamples#episode()} and changed only where a test says.
 */
final class EpisodeDraft {

    private String referral = "2025-06-02";
    private String source = "1A";
    private String closure;
    private String reason;
    private String conference;
    private String nfa = "0";
    private final List<CensusFile.Assessment> assessments = new ArrayList<>();
    private final List<CensusFile.Section47> enquiries = new ArrayList<>();
    private final List<CensusFile.ProtectionPlan> plans = new ArrayList<>();

    static EpisodeDraft episode() {
        return new EpisodeDraft();
    }

    EpisodeDraft referred(String date) {
        referral = date;
        return this;
    }

    EpisodeDraft source(String code) {
        source = code;
        return this;
    }

    EpisodeDraft closed(String date, String reasonForClosure) {
        closure = date;
        reason = reasonForClosure;
        return this;
    }

    EpisodeDraft conference(String date) {
        conference = date;
        return this;
    }

    EpisodeDraft nfa(String flag) {
        nfa = flag;
        return this;
    }

    EpisodeDraft assessment(String start, String authorised, String... factors) {
        assessments.add(new CensusFile.Assessment(start, null, authorised, Arrays.asList(factors), null));
        return this;
    }

    EpisodeDraft enquiry(String start, String conferenceDate, String notRequired) {
        return enquiry(start, null, conferenceDate, notRequired);
    }

    EpisodeDraft enquiry(String start, String target, String conferenceDate, String notRequired) {
        enquiries.add(new CensusFile.Section47(start, target, conferenceDate, notRequired, null));
        return this;
    }

    EpisodeDraft plan(String start, String end) {
        return plan(start, end, "NEG", "NEG", "0");
    }

    EpisodeDraft plan(String start, String end, String initial, String latest, String previous, String... reviews) {
        plans.add(new CensusFile.ProtectionPlan(start, end, initial, latest, previous, Arrays.asList(reviews), null));
        return this;
    }

    CensusFile.Episode build() {
        CensusFile.Episode clean = CensusExamples.episode();
        return new CensusFile.Episode(referral, source, clean.primaryNeedCode(), closure, reason, conference,
                assessments, clean.cinPlans(), enquiries, nfa, plans, null);
    }

    /** A file of children each with the episodes given. */
    static CensusFile file(CensusFile.Child... children) {
        return CensusExamples.file(children);
    }

    static CensusFile.Child child(String id, EpisodeDraft... episodes) {
        return CensusExamples.child(id, Arrays.stream(episodes).map(EpisodeDraft::build)
                .toArray(CensusFile.Episode[]::new));
    }

    static CensusFile.Child child(CensusFile.Identifiers identifiers, EpisodeDraft... episodes) {
        return CensusExamples.child(identifiers, Arrays.stream(episodes).map(EpisodeDraft::build)
                .toArray(CensusFile.Episode[]::new));
    }

    /** The identifiers of the clean child with a birth date, UPN, reason for no UPN, sex and death date of the test's. */
    static CensusFile.Identifiers identifiers(String id, String born, String upn, String upnUnknown, String sex,
            String died) {
        return new CensusFile.Identifiers(id, upn, null, upnUnknown, born, null, sex, died);
    }

    static List<String> breaches(hearth.returns.census.CensusRule rule, CensusFile.Child... children) {
        return CensusExamples.breaches(rule, file(children));
    }
}
