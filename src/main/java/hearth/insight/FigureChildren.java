package hearth.insight;

import hearth.access.RestrictionFilter;
import hearth.access.StaffMember;
import hearth.people.PersonIndex;
import hearth.platform.PersonId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The children behind a dashboard's count. Figures count every child, restricted ones included;
 * the list names each child only through the restriction filter: a restricted child who does
 * not name the viewer is listed as "Restricted record" with no link, so the list still adds up
 * to the figure, and every child shown is audited as seen in the list.
 */
@Component
public class FigureChildren {

    /** The most children one list shows; the page says when there are more. */
    public static final int LISTED = 1_000;

    /** A row about no child yet, such as a contact's step before the hub matched its child. */
    public static final String NO_CHILD = "No child matched yet";

    /** Where a child with no current address is counted. */
    public static final String UNKNOWN_AREA = "Not known";

    private final JdbcClient jdbc;
    private final PersonIndex people;
    private final RestrictionFilter restrictions;

    FigureChildren(JdbcClient jdbc, PersonIndex people, RestrictionFilter restrictions) {
        this.jdbc = jdbc;
        this.people = people;
        this.restrictions = restrictions;
    }

    /**
     * @param title what the children were counted for, as the page heads the list
     * @param sql one row a child, in the order to list them, with the columns {@code person_id},
     *            {@code district} (blank with no current address), {@code detail} (why the
     *            child is counted) and {@code found} (every row, {@code count(*) OVER ()});
     *            it ends {@code LIMIT :limit}
     * @param params the query's other parameters
     */
    ChildrenBehind list(String title, InsightFilter filter, String sql, Map<String, Object> params,
                        StaffMember viewer) {
        long[] found = {0};
        List<Child> rows = jdbc.sql(sql).param("from", filter.from()).param("to", filter.to())
                .param("team", filter.teamParameter()).param("area", filter.area()).params(params)
                .param("limit", LISTED).query((rs, n) -> {
                    found[0] = rs.getLong("found");
                    String district = rs.getString("district");
                    UUID person = rs.getObject("person_id", UUID.class);
                    return new Child(person == null ? null : new PersonId(person), null,
                            district == null || district.isEmpty() ? UNKNOWN_AREA : district, rs.getString("detail"));
                }).list();
        Map<PersonId, String> names = new HashMap<>();
        people.summaries(rows.stream().map(Child::id).filter(Objects::nonNull).toList())
                .forEach(p -> names.put(p.id(), p.name()));
        List<Child> children = restrictions.masked(viewer, title + ", " + filter.inWords(), rows.stream()
                        .map(c -> new Child(c.id(), c.id() == null ? NO_CHILD : names.getOrDefault(c.id(), "Child"),
                                c.area(), c.detail())).toList(),
                Child::id, c -> new Child(null, RestrictionFilter.PLACEHOLDER, c.area(), c.detail()));
        return new ChildrenBehind(title, children, found[0], "child", "children");
    }

    /** A child behind the figure; {@code id} is null for a restricted record the viewer may not see. */
    public record Child(PersonId id, String name, String area, String detail) {
    }

    /**
     * @param found every row behind the figure, of which at most {@link #LISTED} are listed
     * @param one what one row is ("child", or "step" where a child may have several)
     */
    public record ChildrenBehind(String title, List<Child> children, long found, String one, String many) {

        /** The same rows with their details put in words, and what a row is called. */
        ChildrenBehind withDetails(UnaryOperator<String> words, String oneRow, String manyRows) {
            return new ChildrenBehind(title, children.stream().map(c -> new Child(c.id(), c.name(), c.area(),
                    words.apply(c.detail()))).toList(), found, oneRow, manyRows);
        }
    }
}
