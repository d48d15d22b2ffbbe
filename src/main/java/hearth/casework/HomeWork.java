package hearth.casework;

import hearth.access.StaffMember;
import hearth.platform.London;
import hearth.timeliness.Clocks;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The lists on a member of staff's home page that come from another capability's records: a
 * hub worker's contacts, a chair's conferences, the night's out-of-hours calls. Each
 * capability implements this for the roles it serves, applying the restriction filter to
 * the children it names, so casework need not know its records.
 */
public interface HomeWork {

    /** The lists {@code staff} starts the day with; none when their role has no work here. */
    List<Section> sectionsFor(StaffMember staff);

    /**
     * One list on the home page.
     *
     * @param order where it goes among the lists, lowest first
     * @param one   what one row is, as in "1 contact"
     * @param many  what several are, as in "3 contacts"
     * @param empty what would appear here, for when nothing does
     */
    record Section(int order, String heading, String one, String many, String empty, List<Row> rows) {

        public String count() {
            return rows.size() + " " + (rows.size() == 1 ? one : many);
        }
    }

    /**
     * @param subject what the row is about, in words the member of staff may see
     * @param href    the page where the work is done
     * @param detail  a line of what matters about it, or null
     * @param due     when it is due, or null when nothing is
     * @param state   the state of that due time, or null
     */
    record Row(String subject, String href, String detail, Instant due, Clocks.State state) {

        public ZonedDateTime dueLocal() {
            return due == null ? null : due.atZone(London.ZONE);
        }
    }
}
