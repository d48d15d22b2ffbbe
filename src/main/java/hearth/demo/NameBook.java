package hearth.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.apache.commons.csv.CSVRecord;

/**
 * Diverse names from the lists the project ships, chosen by heritage in roughly the
 * proportions of an English council, with the ethnicity and first language that go with them.
 */
final class NameBook {

    private final Weighted<Heritage> heritages = new Weighted<>();
    private final Map<String, Weighted<String>> forenames = new HashMap<>();
    private final Map<String, Weighted<String>> surnames = new HashMap<>();
    private final Map<String, Weighted<String>> languages = new HashMap<>();
    private final Map<String, List<String>> nicknames = new HashMap<>();

    NameBook() {
        for (CSVRecord r : CsvResource.read("names/forenames.csv")) {
            forenames.computeIfAbsent(r.get("heritage") + "/" + r.get("sex"), k -> new Weighted<>())
                    .add(r.get("name"), Double.parseDouble(r.get("weight")));
        }
        for (CSVRecord r : CsvResource.read("names/surnames.csv")) {
            surnames.computeIfAbsent(r.get("heritage"), k -> new Weighted<>())
                    .add(r.get("name"), Double.parseDouble(r.get("weight")));
        }
        for (CSVRecord r : CsvResource.read("names/first-languages.csv")) {
            languages.computeIfAbsent(r.get("heritage"), k -> new Weighted<>()).add(r.get("code"), 1);
        }
        for (CSVRecord r : CsvResource.read("names/nicknames.csv")) {
            nicknames.computeIfAbsent(r.get("name"), k -> new java.util.ArrayList<>()).add(r.get("nickname"));
        }
        for (Heritage h : Heritage.values()) {
            heritages.add(h, h.share);
        }
    }

    Heritage heritage(RandomGenerator random) {
        return heritages.pick(random);
    }

    String forename(Heritage heritage, String sex, RandomGenerator random) {
        Weighted<String> names = forenames.get(heritage.key + "/" + ("U".equals(sex) ? (random.nextBoolean() ? "F" : "M") : sex));
        return names == null ? forenames.get("white_british/F").pick(random) : names.pick(random);
    }

    String surname(Heritage heritage, RandomGenerator random) {
        Weighted<String> names = surnames.getOrDefault(heritage.key, surnames.get("white_british"));
        return names.pick(random);
    }

    /** English for most families; the heritage language for about half of the others. */
    String firstLanguage(Heritage heritage, RandomGenerator random) {
        Weighted<String> own = languages.get(heritage.key);
        if (heritage == Heritage.WHITE_BRITISH || own == null || random.nextBoolean()) {
            return "eng";
        }
        return own.pick(random);
    }

    /** A nickname or variant spelling, as partner agencies often record it. */
    String variant(String forename, RandomGenerator random) {
        List<String> known = nicknames.get(forename);
        return known == null ? forename : known.get(random.nextInt(known.size()));
    }

    enum Heritage {
        WHITE_BRITISH("white_british", 70, "WBRI"), IRISH("irish", 1.5, "WIRI"), POLISH("polish", 3, "WOTH"),
        ROMANIAN("romanian", 2, "WOTH"), OTHER_WHITE("other_white_european", 2, "WOTH"),
        INDIAN("south_asian_indian", 3, "AIND"), PAKISTANI("pakistani", 4, "APKN"),
        BANGLADESHI("bangladeshi", 1.5, "ABAN"), AFRICAN("black_african", 3.5, "BAFR"), SOMALI("somali", 1, "BAFR"),
        CARIBBEAN("black_caribbean", 1.5, "BCRB"), ARABIC("arabic", 1, "OOTH"), CHINESE("chinese", 1, "CHNE"),
        TURKISH("turkish", 1, "WOTH"), MIXED("mixed_modern", 4, "MOTH");

        final String key;
        final double share;
        final String ethnicity;

        Heritage(String key, double share, String ethnicity) {
            this.key = key;
            this.share = share;
            this.ethnicity = ethnicity;
        }
    }
}
