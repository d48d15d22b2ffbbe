package hearth.timeliness;

import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.platform.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank holidays an administrator keeps up to date (a holiday proclaimed for a royal
 * event, say). A change moves every open clock's due time at once.
 */
@Service
public class BankHolidays {

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Clocks clocks;
    private final AuditTrail audit;

    BankHolidays(JdbcClient jdbc, WorkingCalendar calendar, Clocks clocks, AuditTrail audit) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clocks = clocks;
        this.audit = audit;
    }

    public List<Holiday> from(LocalDate day) {
        return jdbc.sql("SELECT day, name FROM bank_holiday WHERE day >= :from ORDER BY day").param("from", day)
                .query(Holiday.class).list();
    }

    /** @return how many open clocks' due times moved */
    @Transactional
    public long add(LocalDate day, String name, StaffMember by) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (day == null) {
            errors.add("day", "Enter the date of the bank holiday");
        } else if (day.getDayOfWeek().getValue() > 5) {
            errors.add("day", "That date is a weekend, which is never a working day; enter the weekday it moves to");
        } else if (!calendar.isWorkingDay(day)) {
            errors.add("day", "That date is already a bank holiday");
        }
        if (name == null || name.isBlank()) {
            errors.add("name", "Enter the name of the bank holiday");
        }
        errors.throwIfAny();
        jdbc.sql("INSERT INTO bank_holiday (day, name) VALUES (:d, :n)").param("d", day).param("n", name.strip())
                .update();
        return changed("ADD_BANK_HOLIDAY", day + " " + name.strip(), by);
    }

    /** @return how many open clocks' due times moved */
    @Transactional
    public long remove(LocalDate day, StaffMember by) {
        if (jdbc.sql("DELETE FROM bank_holiday WHERE day = :d").param("d", day).update() == 0) {
            throw InvalidInput.of("day", "That date is not a bank holiday");
        }
        return changed("REMOVE_BANK_HOLIDAY", day.toString(), by);
    }

    private long changed(String action, String detail, StaffMember by) {
        calendar.reload();
        audit.record(new AuditTrail.Entry(by.id(), by.username(), action, null, detail, null, true));
        return clocks.recomputeAll();
    }

    public record Holiday(LocalDate day, String name) {
    }
}
