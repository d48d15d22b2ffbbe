package hearth.returns.census.export;

/** The page where a worker corrects each part of a child's census record. */
final class FixAt {

    private FixAt() {
    }

    /** Identifiers and characteristics: the person's details. */
    static String person(String child) {
        return "/people/" + child + "/edit";
    }

    /** The episode: referral, primary need and closure, on the case file. */
    static String caseFile(String child) {
        return "/children/" + child;
    }

    static String assessment(String child, String assessment) {
        return "/children/" + child + "/assessments/" + assessment;
    }

    static String plans(String child) {
        return "/children/" + child + "/plans";
    }

    static String childProtection(String child) {
        return "/children/" + child + "/child-protection";
    }
}
