package hearth.timeliness;

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
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Working days and working hours for statutory clocks: Europe/London, office hours
 * 09:00 to 17:00 Monday to Friday, except England and Wales bank holidays.
 */
@Component
public class WorkingCalendar {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalTime OPENS = LocalTime.of(9, 0);
    public static final LocalTime CLOSES = LocalTime.of(17, 0);

    private final Set<LocalDate> bankHolidays;

    public WorkingCalendar() {
        this(readBankHolidays("reference/bank-holidays-england-and-wales.csv"));
    }

    WorkingCalendar(Set<LocalDate> bankHolidays) {
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(day);
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

    private static Set<LocalDate> readBankHolidays(String path) {
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(path).getInputStream(),
                StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank())
                    .map(line -> LocalDate.parse(line.substring(0, line.indexOf(',')).strip()))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bank holidays from " + path, e);
        }
    }
}
