package hearth.returns.annexa;

import hearth.returns.census.CensusFile;
import hearth.returns.census.export.LaChildId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The five columns every list starts with: the child's id (the census's LA child id, so the
 * lists and the return name a child alike), sex, ethnicity, date of birth and age in years on
 * the period's last day. An unborn child has sex "not stated" and no date of birth or age.
 */
record ChildColumns(String id, String sex, String ethnicity, LocalDate born) {

    /** The child's columns from {@code report_child} selected as {@link RecordLists#CHILD}. */
    static ChildColumns of(ResultSet rs) throws SQLException {
        Date born = rs.getDate("date_of_birth");
        boolean unborn = "UNBORN".equals(rs.getString("kind")) || born == null;
        return new ChildColumns(LaChildId.of(rs.getObject("child_id", UUID.class), rs.getString("council_child_id")),
                unborn ? "U" : rs.getString("sex"), rs.getString("ethnicity"), unborn ? null : born.toLocalDate());
    }

    static ChildColumns of(CensusFile.Child child) {
        String born = child.identifiers().personBirthDate();
        return new ChildColumns(child.laChildId(), child.identifiers().sex(), child.characteristics().ethnicity(),
                born == null ? null : LocalDate.parse(born));
    }

    /** These columns and then {@code own}, as one row of a list. */
    List<Object> then(LocalDate on, List<?> own) {
        List<Object> cells = new ArrayList<>();
        cells.add(id);
        cells.add(AnnexACodes.sex(sex));
        cells.add(AnnexACodes.ethnicity(ethnicity));
        cells.add(AnnexACodes.day(born));
        cells.add(born == null || born.isAfter(on) ? null : Period.between(born, on).getYears());
        cells.addAll(own);
        return cells;
    }
}
