package hearth.insight;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a dashboard is narrowed to: a team (children allocated to it at any time in the
 * period), an area (a postcode district) and the period, both days included. Null team or
 * area means every one.
 */
public record InsightFilter(UUID team, String area, LocalDate from, LocalDate to) {

    public InsightFilter {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A period needs a first day on or before its last");
        }
        area = area == null || area.isBlank() ? null : area.strip().toUpperCase();
    }

    /** The eight quarters (January to March, and so on) up to the one holding the period's last day. */
    List<InsightFilter> quarters() {
        LocalDate start = to.with(IsoFields.DAY_OF_QUARTER, 1);
        List<InsightFilter> quarters = new ArrayList<>();
        for (int i = 7; i >= 0; i--) {
            LocalDate first = start.minusMonths(3L * i);
            quarters.add(new InsightFilter(team, area, first, first.plusMonths(3).minusDays(1)));
        }
        return quarters;
    }

    /**
     * SQL true when the child in {@code personColumn} was allocated to the filter's team at any
     * time in the period (always true with no team), from casework's reporting view; it takes
     * the parameters {@code :team}, {@code :from} and {@code :to}.
     */
    static String allocatedToTheTeam(String personColumn) {
        return "(CAST(:team AS uuid) IS NULL OR EXISTS (SELECT 1 FROM report_allocation a WHERE a.person_id = "
                + personColumn + " AND a.team_id = CAST(:team AS uuid) AND a.started_on <= :to"
                + " AND (a.ended_on IS NULL OR a.ended_on >= :from)))";
    }

    /**
     * SQL true when the child's area in people's {@code report_child_area} (as {@code ar}) is the
     * filter's {@code :area}: its postcode district, or a ward the council's postcode-to-ward
     * table places its postcode in.
     */
    static final String IN_THE_AREA = "(ar.postcode_district = CAST(:area AS text) OR ar.postcode_key IN "
            + "(SELECT w.postcode_key FROM postcode_ward w WHERE w.ward_code = CAST(:area AS text)))";

    /** {@link #IN_THE_AREA}, or true when the filter names no area. */
    static final String IN_THE_AREA_IF_ANY = "(CAST(:area AS text) IS NULL OR " + IN_THE_AREA + ")";

    String teamParameter() {
        return team == null ? null : team.toString();
    }

    String inWords() {
        return from + " to " + to + (team == null ? "" : ", team " + team) + (area == null ? "" : ", area " + area);
    }
}
