package hearth.returns.annexa;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Hearth's DfE codes in the words of Ofsted's lists: each is the first code the Annex A
 * schema gives its category (the schema lists other spellings as names a reader accepts).
 */
final class AnnexACodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Map<String, String> ETHNICITY = Map.ofEntries(
            Map.entry("WBRI", "a) White"), Map.entry("WIRI", "a) White"), Map.entry("WIRT", "a) White"),
            Map.entry("WOTH", "a) White"), Map.entry("WROM", "a) White"),
            Map.entry("MWBC", "b) Mixed"), Map.entry("MWBA", "b) Mixed"), Map.entry("MWAS", "b) Mixed"),
            Map.entry("MOTH", "b) Mixed"),
            Map.entry("AIND", "c) Asian or Asian British"), Map.entry("APKN", "c) Asian or Asian British"),
            Map.entry("ABAN", "c) Asian or Asian British"), Map.entry("AOTH", "c) Asian or Asian British"),
            Map.entry("BCRB", "d) Black or black British"), Map.entry("BAFR", "d) Black or black British"),
            Map.entry("BOTH", "d) Black or black British"),
            Map.entry("CHNE", "e) Other ethnic group"), Map.entry("OOTH", "e) Other ethnic group"));

    /** The DfE's sources of referral by their group (1 individuals, 2 education, 3 health, 5 the council). */
    private static final Map<String, String> SOURCE_GROUP = Map.of("1", "a) Individual", "3", "d) Health Services",
            "5", "f) LA Services");
    private static final Map<String, String> SOURCE = Map.of("2A", "b) Schools", "2B", "c) Education Services",
            "4", "e) Housing", "6", "g) Police", "7", "h) Other legal agency", "8", "i) Other", "9", "j) Anonymous",
            "10", "k) Unknown");

    private static final Map<String, String> NEED = Map.of("N1", "a) Abuse or neglect", "N2", "b) Child's disability",
            "N3", "c) Parents illness or disability", "N4", "d) Family in acute stress", "N5", "e) Family dysfunction",
            "N6", "f) Socially unacceptable behaviour", "N7", "g) Low income", "N8", "h) Absent parenting",
            "N9", "i) Not CIN");

    private static final Map<String, String> CLOSURE = Map.of("RC1", "a) Adopted", "RC2", "b) Died",
            "RC3", "c) Residence Order", "RC4", "d) Special Guardianship Order", "RC5", "e) Transfer to another LA",
            "RC6", "f) Transfer to Adult Social Services", "RC7", "g) 'Other' incl. Child no longer in need",
            "RC8", "h) Child not in need after assessment", "RC9", "h) Child not in need after assessment");

    private static final Map<String, String> CATEGORY = Map.of("NEG", "a) Neglect", "PHY", "b) Physical Abuse",
            "SAB", "c) Sexual Abuse", "EMO", "d) Emotional Abuse", "MUL", "e) Multiple");

    private AnnexACodes() {
    }

    /** The census's sex (M, F, U; an unborn child is U). */
    static String sex(String sex) {
        return "M".equals(sex) ? "a) Male" : "F".equals(sex) ? "b) Female" : "c) Not stated/recorded";
    }

    /** Refused and not yet obtained (REFU, NOBT) and nothing recorded are all "not stated". */
    static String ethnicity(String code) {
        return code == null ? "f) Not stated" : ETHNICITY.getOrDefault(code, "f) Not stated");
    }

    static String source(String code) {
        if (code == null) {
            return "k) Unknown";
        }
        String exact = SOURCE.get(code);
        return exact != null ? exact : SOURCE_GROUP.getOrDefault(code.substring(0, 1), "k) Unknown");
    }

    static String need(String code) {
        return code == null ? "j) Not stated" : NEED.getOrDefault(code, "j) Not stated");
    }

    static String closure(String code) {
        return code == null ? null : CLOSURE.getOrDefault(code, "i) Not Stated");
    }

    static String category(String code) {
        return code == null ? null : CATEGORY.get(code);
    }

    /** No disability recorded is "No"; Hearth records NONE for a child asked and without one. */
    static String disability(List<String> codes) {
        return codes == null ? "Unknown" : codes.stream().anyMatch(c -> !"NONE".equals(c)) ? "Yes" : "No";
    }

    static String yesNo(Boolean value) {
        return value == null ? null : value ? "Yes" : "No";
    }

    static String day(LocalDate day) {
        return day == null ? null : DAY.format(day);
    }
}
