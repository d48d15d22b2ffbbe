package hearth.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.commons.csv.CSVRecord;

/** The fictional council of Brackenford: its districts, streets and real-looking postcodes. */
final class Places {

    static final String TOWN = "Brackenford";
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    final List<District> districts = new ArrayList<>();
    final List<String> streets = new ArrayList<>();
    final List<String> saints = new ArrayList<>();
    final List<String> faiths = new ArrayList<>();
    final List<String> placeWords = new ArrayList<>();
    final List<String> gpPrefixes = new ArrayList<>();
    final List<String> gpWords = new ArrayList<>();
    final List<String> gpSuffixes = new ArrayList<>();

    Places() {
        CsvResource.read("places/districts.csv").forEach(r -> districts.add(new District(r.get("district"),
                r.get("outward_code"))));
        CsvResource.read("places/streets.csv").forEach(r -> streets.add(r.get("name")));
        for (CSVRecord r : CsvResource.read("places/school-name-parts.csv")) {
            switch (r.get("kind")) {
                case "saint" -> saints.add(r.get("part"));
                case "faith" -> faiths.add(r.get("part"));
                default -> placeWords.add(r.get("part"));
            }
        }
        for (CSVRecord r : CsvResource.read("places/gp-name-parts.csv")) {
            switch (r.get("kind")) {
                case "prefix" -> gpPrefixes.add(r.get("part"));
                case "suffix" -> gpSuffixes.add(r.get("part"));
                default -> gpWords.add(r.get("part"));
            }
        }
    }

    District district(RandomGenerator random) {
        return districts.get(random.nextInt(districts.size()));
    }

    String street(RandomGenerator random) {
        return streets.get(random.nextInt(streets.size()));
    }

    /** A postcode in the district's outward code with a valid-format inward code, like BK7 3QT. */
    String postcode(District district, RandomGenerator random) {
        return district.outward() + " " + random.nextInt(10) + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
    }

    static <T> T any(List<T> list, RandomGenerator random) {
        return list.get(random.nextInt(list.size()));
    }

    record District(String name, String outward) {
    }
}
