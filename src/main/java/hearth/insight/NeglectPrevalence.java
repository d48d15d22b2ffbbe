package hearth.insight;

import hearth.access.AccessDenied;
import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many children live in families where neglect may be a risk, per 10,000 children living
 * in the area: children with neglect (the DfE's factor 16A) found at an assessment authorised
 * in the period, or on a child protection plan under the category of neglect at any time in
 * it. By postcode district, and over the last eight quarters. Restricted records count like
 * any other; the figures name no child, and the list of children behind a figure passes
 * through the restriction filter.
 */
@Service
public class NeglectPrevalence {

    /** The area of a child with no current address recorded. */
    public static final String UNKNOWN_AREA = FigureChildren.UNKNOWN_AREA;

    /** Each child with neglect in the period, once, with how it was found and the child's area. */
    private static final String NEGLECT = """
            WITH found AS (
                SELECT person_id, 'ASSESSMENT' AS way FROM report_assessment WHERE '16A' = ANY (factors)
                    AND authorised_on BETWEEN :from AND :to
                UNION ALL
                SELECT person_id, 'PLAN' FROM report_plan WHERE kind = 'CHILD_PROTECTION' AND category = 'NEG'
                    AND started_on <= :to AND (ended_on IS NULL OR ended_on >= :from)),
            neglect AS (
                SELECT f.person_id, bool_or(f.way = 'ASSESSMENT') AS assessed, bool_or(f.way = 'PLAN') AS planned,
                       coalesce(min(ar.postcode_district), '') AS district
                FROM found f LEFT JOIN report_child_area ar ON ar.person_id = f.person_id
                WHERE """ + InsightFilter.allocatedToTheTeam("f.person_id") + """
                  AND """ + InsightFilter.IN_THE_AREA_IF_ANY + """
                  GROUP BY f.person_id)
            """;

    private static final String CHILDREN = NEGLECT + "SELECT district, count(*) AS children FROM neglect GROUP BY 1";

    private static final String LIST = NEGLECT + """
            SELECT person_id, district, CASE WHEN assessed AND planned THEN 'Found at an assessment; on a plan for neglect'
                   WHEN assessed THEN 'Neglect found at an assessment' ELSE 'On a child protection plan for neglect' END
                   AS detail, count(*) OVER () AS found FROM neglect
            WHERE CAST(:district AS text) IS NULL OR district = CAST(:district AS text)
            ORDER BY district, person_id LIMIT :limit""";

    private static final DateTimeFormatter QUARTER = DateTimeFormatter.ofPattern("MMM yyyy");

    private final JdbcClient jdbc;
    private final ChildPopulation population;
    private final AuditTrail audit;
    private final FigureChildren children;
    private final Wards wards;

    NeglectPrevalence(JdbcClient jdbc, ChildPopulation population, AuditTrail audit, FigureChildren children,
                      Wards wards) {
        this.jdbc = jdbc;
        this.population = population;
        this.audit = audit;
        this.children = children;
        this.wards = wards;
    }

    /**
     * The children behind a figure: those counted for the area ({@code ""} for children with no
     * current address, null for every area), for a user who sees figures.
     */
    public FigureChildren.ChildrenBehind children(InsightFilter filter, String district, StaffMember viewer) {
        requireSeesFigures(viewer);
        String shown = district != null ? area(district) : ChildPopulation.isWard(filter.area())
                ? wardLabel(filter.area()) : "All areas";
        // A map that may hold null: no district is every area.
        return children.list("Children with neglect: " + shown, filter, LIST,
                Collections.singletonMap("district", district), viewer);
    }

    private String wardLabel(String code) {
        return wards.name(code).orElse("Ward") + " (" + code + ")";
    }

    private static String area(String district) {
        return district.isEmpty() ? UNKNOWN_AREA : district;
    }

    private static void requireSeesFigures(StaffMember viewer) {
        if (!viewer.role().seesFigures()) {
            throw new AccessDenied(null, false);
        }
    }

    /** The figures for the filter, for a user who sees figures (managers, performance officers); audited. */
    public Figures figures(InsightFilter filter, StaffMember viewer) {
        requireSeesFigures(viewer);
        Map<String, Integer> living = population.byDistrict();
        Ward ward = ChildPopulation.isWard(filter.area())
                ? new Ward(wardLabel(filter.area()), population.byWard().get(filter.area())) : null;
        List<Figure> areas = byArea(filter, living, ward);
        List<Figure> overTime = new ArrayList<>();
        for (InsightFilter quarter : filter.quarters()) {
            overTime.add(total(QUARTER.format(quarter.from()) + " to " + QUARTER.format(quarter.to()),
                    byArea(quarter, living, ward)));
        }
        audit.record(new AuditTrail.Entry(viewer.id(), viewer.username(), "VIEW_FIGURES", null,
                "Prevalence of neglect, " + filter.inWords(), null, true));
        return new Figures(areas, total("All areas", areas), overTime, !living.isEmpty());
    }

    /** A ward chosen as the area: its label and the children living there, null when the council gave none. */
    private record Ward(String label, Integer population) {
    }

    private List<Figure> byArea(InsightFilter filter, Map<String, Integer> living, Ward ward) {
        Map<String, Long> children = new TreeMap<>();
        jdbc.sql(CHILDREN).param("from", filter.from()).param("to", filter.to())
                .param("team", filter.teamParameter()).param("area", filter.area())
                .query(rs -> {
                    children.put(rs.getString("district"), rs.getLong("children"));
                });
        if (ward != null) {
            // The ward is the only area: its children, against the ward's population where the council gave it.
            return List.of(new Figure(ward.label(), children.values().stream().mapToLong(Long::longValue).sum(),
                    ward.population()));
        }
        TreeSet<String> districts = new TreeSet<>(living.keySet());
        districts.addAll(children.keySet());
        List<Figure> figures = new ArrayList<>();
        for (String district : districts) {
            if (filter.area() == null || filter.area().equals(district)) {
                Integer population = district.isEmpty() ? null : living.get(district);
                figures.add(new Figure(district.isEmpty() ? UNKNOWN_AREA : district,
                        children.getOrDefault(district, 0L), population));
            }
        }
        return figures;
    }

    /** The sum of the areas; its rate counts only the children of areas whose population is known. */
    private static Figure total(String label, List<Figure> areas) {
        long children = areas.stream().mapToLong(Figure::children).sum();
        long counted = areas.stream().filter(f -> f.population() != null).mapToLong(Figure::children).sum();
        long population = areas.stream().filter(f -> f.population() != null).mapToLong(Figure::population).sum();
        Double rate = population == 0 ? null : Math.round(counted * 100_000.0 / population) / 10.0;
        return new Figure(label, children, population == 0 ? null : (int) population, rate);
    }

    /** One row: children with neglect, children living there (null when not uploaded) and the rate per 10,000. */
    public record Figure(String label, long children, Integer population, Double perTenThousand) {

        Figure(String label, long children, Integer population) {
            this(label, children, population, population == null || population == 0 ? null
                    : Math.round(children * 100_000.0 / population) / 10.0);
        }
    }

    /** @param populationKnown whether the council has uploaded its child population */
    public record Figures(List<Figure> areas, Figure total, List<Figure> overTime, boolean populationKnown) {

        /** The scale of the areas' chart. */
        public double highestAreaRate() {
            return highest(areas);
        }

        /** The scale of the quarters' chart. */
        public double highestQuarterRate() {
            return highest(overTime);
        }

        private static double highest(List<Figure> figures) {
            return figures.stream().map(Figure::perTenThousand).filter(java.util.Objects::nonNull)
                    .mapToDouble(Double::doubleValue).max().orElse(0) + 0.1;
        }
    }
}
