package hearth.people;

import hearth.platform.PersonId;
import hearth.platform.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Name search that forgives misspelling and name order (trigram similarity of the whole
 * name either way round, or the same double-metaphone sound of a surname), narrowed by
 * date of birth (also with day and month swapped), postcode or any identifier.
 */
final class PersonSearch {

    static final int LIMIT = 50;
    private static final String SUMMARY_SQL = """
            SELECT p.id, p.kind, p.forenames, p.surname, p.date_of_birth, p.expected_delivery, p.sex,
                   a.line1 AS address, a.postcode, s.name AS school
            FROM person p
            LEFT JOIN LATERAL (SELECT ad.line1, ad.postcode FROM person_address pa JOIN address ad ON ad.id = pa.address_id
                               WHERE pa.person_id = p.id AND pa.moved_out IS NULL
                               ORDER BY pa.moved_in DESC NULLS LAST LIMIT 1) a ON true
            LEFT JOIN LATERAL (SELECT o.name FROM professional_contact pc JOIN organisation o ON o.id = pc.organisation_id
                               WHERE pc.person_id = p.id AND pc.role = 'SCHOOL' LIMIT 1) s ON true
            WHERE p.id IN (:ids)
            """;

    private PersonSearch() {
    }

    static List<PersonSummary> run(JdbcClient jdbc, SearchQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> where = new ArrayList<>();
        List<String> scores = new ArrayList<>();
        if (!Text.blank(query.name())) {
            String[] tokens = query.name().strip().split("\\s+");
            String reversed = String.join(" ", reverse(tokens));
            params.addValue("name", query.name()).addValue("reversed", reversed)
                    .addValue("first", tokens[0]).addValue("last", tokens[tokens.length - 1]);
            where.add("""
                    (p.search_name % search_text(:name) OR p.search_name % search_text(:reversed)
                     OR (p.surname_sound IN (dmetaphone(:first), dmetaphone(:last))
                         AND left(p.search_name, 1) IN (left(search_text(:first), 1), left(search_text(:last), 1))
                         AND word_similarity(search_text(:name), p.search_name) > 0.3))""");
            scores.add("greatest(similarity(p.search_name, search_text(:name)), "
                    + "similarity(p.search_name, search_text(:reversed)))");
        }
        if (query.dateOfBirth() != null) {
            LocalDate dob = query.dateOfBirth();
            params.addValue("dob", dob).addValue("swapped", swapDayAndMonth(dob));
            where.add("(p.date_of_birth = :dob OR p.date_of_birth = :swapped)");
            scores.add("CASE WHEN p.date_of_birth = :dob THEN 0.5 ELSE 0 END");
        }
        if (!Text.blank(query.postcode())) {
            params.addValue("postcode", query.postcode().toUpperCase().replace(" ", ""));
            where.add("""
                    EXISTS (SELECT 1 FROM person_address pa JOIN address ad ON ad.id = pa.address_id
                            WHERE pa.person_id = p.id AND ad.postcode_key = :postcode)""");
        }
        if (!Text.blank(query.identifier())) {
            String id = query.identifier().strip();
            params.addValue("identifier", id).addValue("nhs", Identifiers.normaliseNhs(id))
                    .addValue("upn", Identifiers.normaliseUpn(id));
            where.add("""
                    EXISTS (SELECT 1 FROM person_identifier i WHERE i.person_id = p.id
                            AND i.value IN (:identifier, :nhs, :upn))""");
        }
        String sql = "SELECT p.id FROM person p WHERE " + String.join(" AND ", where)
                + " ORDER BY " + (scores.isEmpty() ? "" : String.join(" + ", scores) + " DESC, ")
                + "p.surname, p.forenames LIMIT " + LIMIT;
        List<PersonId> ids = jdbc.sql(sql).paramSource(params).query(UUID.class).list()
                .stream().map(PersonId::new).toList();
        return summaries(jdbc, ids);
    }

    /** Summaries in the order of {@code ids}. */
    static List<PersonSummary> summaries(JdbcClient jdbc, List<PersonId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<PersonId, PersonSummary> byId = jdbc.sql(SUMMARY_SQL).param("ids", ids).query(PersonSummary.class).list()
                .stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    static String describe(SearchQuery query) {
        List<String> parts = new ArrayList<>();
        if (!Text.blank(query.name())) {
            parts.add("name=" + query.name().strip());
        }
        if (query.dateOfBirth() != null) {
            parts.add("dob=" + query.dateOfBirth());
        }
        if (!Text.blank(query.postcode())) {
            parts.add("postcode=" + query.postcode().strip());
        }
        if (!Text.blank(query.identifier())) {
            parts.add("identifier=" + query.identifier().strip());
        }
        return String.join(", ", parts);
    }

    /** Day and month are often swapped in partner records; 12/03 may be 3 December. */
    static LocalDate swapDayAndMonth(LocalDate date) {
        if (date.getDayOfMonth() > 12) {
            return date;
        }
        return LocalDate.of(date.getYear(), date.getDayOfMonth(), Math.min(date.getMonthValue(),
                java.time.YearMonth.of(date.getYear(), date.getDayOfMonth()).lengthOfMonth()));
    }

    private static List<String> reverse(String[] tokens) {
        List<String> list = new ArrayList<>(List.of(tokens));
        java.util.Collections.reverse(list);
        return list;
    }
}
