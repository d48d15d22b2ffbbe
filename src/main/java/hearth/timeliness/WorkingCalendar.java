package hearth.timeliness;

import hearth.platform.London;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Working days and working hours for statutory clocks: Europe/London, office hours
 * 09:00 to 17:00 Monday to Friday, except England and Wales bank holidays.
 */
@Component
public class WorkingCalendar {

    public static final ZoneId LONDON = London.ZONE;
    static final LocalTime OPENS = LocalTime.of(9, 0);
    public static final LocalTime CLOSES = LocalTime.of(17, 0);

    static final String SHIPPED = "reference/bank-holidays-england-and-wales.csv";

    private final JdbcClient jdbc;
    private volatile Set<LocalDate> bankHolidays;

    /** The shipped bank holidays only, for calculations without a database. */
    public WorkingCalendar() {
        this.jdbc = null;
        this.bankHolidays = Set.copyOf(shippedBankHolidays().keySet());
    }

    /**
     * The bank holidays kept in the database, which starts from the shipped file so an
     * administrator can add a holiday when one is proclaimed.
     */
    @Autowired
    WorkingCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
        if (jdbc.sql("SELECT count(*) FROM bank_holiday").query(Long.class).single() == 0) {
            shippedBankHolidays().forEach((day, name) -> jdbc.sql("INSERT INTO bank_holiday (day, name) VALUES (:d, :n)")
                    .param("d", day).param("n", name).update());
        }
        reload();
    }

    /** Reads the bank holidays again after an administrator changed them. */
    void reload() {
        bankHolidays = Set.copyOf(jdbc.sql("SELECT day FROM bank_holiday").query(LocalDate.class).list());
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(day);
    }

    /** Whether the day team is at work at this moment. */
    public boolean isOfficeHours(Instant at) {
        ZonedDateTime local = at.atZone(LONDON);
        return isWorkingDay(local.toLocalDate()) && !local.toLocalTime().isBefore(OPENS)
                && local.toLocalTime().isBefore(CLOSES);
    }

    /** The end of office hours on the Nth working day after the day of {@code from}. */
    public Instant workingDaysAfter(Instant from, int days) {
        LocalDate day = from.atZone(LONDON).toLocalDate();
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.atTime(CLOSES).atZone(LONDON).toInstant();
    }

    /**
     * {@code hours} of office time after {@code from}: 4 working hours from 15:00 on a
     * Friday ends at 11:00 on the next working day. Time outside office hours does not count.
     */
    public Instant workingHoursAfter(Instant from, int hours) {
        ZonedDateTime at = startOfOfficeTime(from.atZone(LONDON));
        long minutesLeft = hours * 60L;
        while (true) {
            ZonedDateTime closes = at.toLocalDate().atTime(CLOSES).atZone(LONDON);
            long available = java.time.Duration.between(at, closes).toMinutes();
            if (minutesLeft <= available) {
                return at.plusMinutes(minutesLeft).toInstant();
            }
            minutesLeft -= available;
            at = nextOpening(at.toLocalDate());
        }
    }

    /** Whole working days from one date to a later one (the first not counted, the last counted). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    private ZonedDateTime startOfOfficeTime(ZonedDateTime at) {
        LocalDate day = at.toLocalDate();
        LocalTime time = at.toLocalTime();
        if (!isWorkingDay(day) || !time.isBefore(CLOSES)) {
            return nextOpening(day);
        }
        return time.isBefore(OPENS) ? day.atTime(OPENS).atZone(LONDON) : at;
    }

    private ZonedDateTime nextOpening(LocalDate after) {
        LocalDate day = after.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return LocalDateTime.of(day, OPENS).atZone(LONDON);
    }

    private static Map<LocalDate, String> shippedBankHolidays() {
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(SHIPPED).getInputStream(),
                StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", 2))
                    .collect(Collectors.toMap(cells -> LocalDate.parse(cells[0].strip()),
                            cells -> cells.length > 1 ? cells[1].strip() : "Bank holiday", (a, b) -> a, TreeMap::new));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bank holidays from " + SHIPPED, e);
        }
    }
}
