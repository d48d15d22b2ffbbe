package hearth.frontdoor;

import static hearth.platform.Text.blankToNull;

import hearth.platform.InvalidInput;
import hearth.platform.TextLimit;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads Hearth's police notification layout (one row per person per notification). A bad
 * row is reported with its row number and left out; the good rows are kept.
 */
public final class PoliceNotificationFile {

    static final List<String> REQUIRED = List.of("notification_ref", "force", "incident_datetime", "incident_type",
            "officer_risk_grading", "summary", "person_role", "surname");
    /** Officers often do not know a young child's first name ("child approx 4 years"). */
    static final String UNKNOWN_FORENAMES = "Unknown";
    static final int MAX_PEOPLE = 50;
    private static final Map<String, Integer> INCIDENT_TEXT = textLimits("notification_ref", TextLimit.LINE,
            "incident_ref", TextLimit.LINE, "incident_datetime", TextLimit.NAME, "location_postcode", TextLimit.NAME,
            "summary", TextLimit.NARRATIVE, "officer", TextLimit.LINE, "force", TextLimit.LINE);
    private static final Map<String, Integer> PERSON_TEXT = textLimits("person_role", TextLimit.NAME,
            "surname", TextLimit.NAME, "forenames", TextLimit.NAME, "date_of_birth", TextLimit.NAME,
            "sex", TextLimit.NAME, "address", TextLimit.LINE, "postcode", TextLimit.NAME);

    private PoliceNotificationFile() {
    }

    /** In the order given, so the first message is about the first column. */
    private static Map<String, Integer> textLimits(Object... columnsAndLimits) {
        Map<String, Integer> limits = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndLimits.length; i += 2) {
            limits.put((String) columnsAndLimits[i], (Integer) columnsAndLimits[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(limits);
    }

    /**
     * Reads a file as uploaded. It must be UTF-8 (with or without a byte order mark):
     * a file saved as UTF-16 or Windows-1252 is refused whole rather than read into
     * garbled names that would then be matched against the person index.
     */
    public static Parsed read(InputStream file) throws IOException {
        byte[] bytes = file.readAllBytes();
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF) || contains(bytes, (byte) 0)) {
            throw new WrongEncoding("The file is saved as UTF-16 (\"Unicode\"). Save it as CSV UTF-8 and upload it again");
        }
        try {
            CharBuffer text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return read(new CharArrayReader(text.array(), text.position(), text.remaining()));
        } catch (CharacterCodingException e) {
            throw new WrongEncoding("The file is not saved as UTF-8 (it may be Windows-1252 or \"ANSI\"). "
                    + "Save it as CSV UTF-8 and upload it again");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, byte wanted) {
        for (byte b : bytes) {
            if (b == wanted) {
                return true;
            }
        }
        return false;
    }

    public static Parsed read(Reader reader) throws IOException {
        List<RowError> errors = new ArrayList<>();
        Map<String, Builder> notifications = new LinkedHashMap<>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        var csv = format.parse(reader);
        List<String> missing = java.util.stream.Stream.concat(REQUIRED.stream(), java.util.stream.Stream.of("forenames"))
                .filter(c -> !csv.getHeaderMap().containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return new Parsed(List.of(), List.of(new RowError(1, "The header is missing the columns "
                    + String.join(", ", missing))));
        }
        for (CSVRecord row : csv) {
            long line = row.getRecordNumber() + 1;
            try {
                PoliceNotification.Person person = person(column -> value(row, column));
                String key = row.get("force") + "\u0000" + row.get("notification_ref");
                notifications.computeIfAbsent(key, k -> new Builder(row)).people.add(person);
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(line, e.getMessage()));
            }
        }
        List<PoliceNotification> complete = new ArrayList<>();
        for (Builder b : notifications.values()) {
            if (b.people.stream().noneMatch(p -> "child".equals(p.role()))) {
                errors.add(new RowError(b.firstLine, "Notification " + b.ref + " names no child: it was not imported"));
            } else {
                complete.add(b.build());
            }
        }
        return new Parsed(complete, errors);
    }

    /**
     * Checks one person's row (or an API request's fields, by the same column names) and
     * reads the person from it.
     */
    static PoliceNotification.Person person(Function<String, String> row) {
        InvalidInput.Errors tooLong = new InvalidInput.Errors();
        checkText(row, "", INCIDENT_TEXT, tooLong);
        checkText(row, "", PERSON_TEXT, tooLong);
        tooLong.asMap().values().stream().findFirst().ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        for (String column : REQUIRED) {
            if (row.apply(column) == null) {
                throw new IllegalArgumentException("The " + column.replace('_', ' ') + " is missing");
            }
        }
        oneOf(row, "incident_type", PoliceNotification.INCIDENT_TYPES);
        oneOf(row, "officer_risk_grading", PoliceNotification.GRADINGS);
        if (row.apply("dash_risk") != null) {
            oneOf(row, "dash_risk", PoliceNotification.GRADINGS);
        }
        oneOf(row, "person_role", PoliceNotification.ROLES);
        incidentAt(row);
        String sex = row.apply("sex");
        if (sex != null && !sex.matches("[MFU]")) {
            throw new IllegalArgumentException("The sex must be M, F or U, not '" + sex + "'");
        }
        String forenames = row.apply("forenames");
        return new PoliceNotification.Person(lower(row, "person_role"), row.apply("surname"),
                forenames == null ? UNKNOWN_FORENAMES : forenames, dateOfBirth(row), sex, row.apply("address"),
                row.apply("postcode"));
    }

    static LocalDateTime incidentAt(Function<String, String> row) {
        try {
            return LocalDateTime.parse(row.apply("incident_datetime"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The incident date and time must look like 2026-11-20T23:40, not '"
                    + row.apply("incident_datetime") + "'");
        }
    }

    private static LocalDate dateOfBirth(Function<String, String> row) {
        String dob = row.apply("date_of_birth");
        try {
            return dob == null ? null : LocalDate.parse(dob);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The date of birth must be a real date like 2017-09-30, not '" + dob + "'");
        }
    }

    private static void oneOf(Function<String, String> row, String column, List<String> allowed) {
        if (!allowed.contains(lower(row, column))) {
            throw new IllegalArgumentException("The " + column.replace('_', ' ') + " must be one of "
                    + String.join(", ", allowed) + ", not '" + row.apply(column) + "'");
        }
    }

    static String lower(Function<String, String> row, String column) {
        String value = row.apply(column);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static String value(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The incident's details, from a checked row or request. */
    static PoliceNotification notification(Function<String, String> row, List<PoliceNotification.Person> people) {
        return new PoliceNotification(row.apply("force"), row.apply("notification_ref"), row.apply("incident_ref"),
                incidentAt(row), lower(row, "incident_type"), row.apply("location_postcode"),
                lower(row, "officer_risk_grading"), lower(row, "dash_risk"), row.apply("summary"), row.apply("officer"),
                List.copyOf(people));
    }

    /**
     * Reads one notification sent as fields (by the API), with the same checks as a file's
     * rows; a bad person is reported by its place in the list.
     */
    public static PoliceNotification fromFields(Map<String, String> incident, List<Map<String, String>> people) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        checkText(incident::get, "", INCIDENT_TEXT, errors);
        if (people.size() > MAX_PEOPLE) {
            errors.add("people", "A notification can name up to " + MAX_PEOPLE + " people");
        }
        List<PoliceNotification.Person> read = new ArrayList<>();
        for (int i = 0; i < Math.min(people.size(), MAX_PEOPLE); i++) {
            Map<String, String> person = people.get(i);
            InvalidInput.Errors personText = new InvalidInput.Errors();
            checkText(person::get, "people[" + i + "].", PERSON_TEXT, personText);
            personText.asMap().forEach(errors::add);
            if (!errors.isEmpty()) {
                continue;
            }
            try {
                read.add(person(column -> blankToNull(person.containsKey(column) ? person.get(column)
                        : incident.get(column))));
            } catch (IllegalArgumentException e) {
                errors.add("people[" + i + "]", e.getMessage());
            }
        }
        if (people.isEmpty() || errors.isEmpty() && read.stream().noneMatch(p -> "child".equals(p.role()))) {
            errors.add("people", "A notification must name at least one child");
        }
        errors.throwIfAny();
        return notification(column -> blankToNull(incident.get(column)), read);
    }

    /** Free-text columns and their longest values; the others are checked against their lists. */
    private static void checkText(Function<String, String> row, String prefix, Map<String, Integer> limits,
                                  InvalidInput.Errors errors) {
        limits.forEach((column, max) -> TextLimit.check(errors, prefix + column,
                "The " + column.replace('_', ' '), row.apply(column), max));
    }

    /** The notifications read, and the rows left out with why. */
    public record Parsed(List<PoliceNotification> notifications, List<RowError> errors) {
    }

    public record RowError(long row, String message) {
    }

    /** A file in another character encoding than UTF-8; nothing of it is read. */
    public static final class WrongEncoding extends IllegalArgumentException {
        WrongEncoding(String message) {
            super(message);
        }
    }

    /** The incident's details come from the notification's first good row. */
    private static final class Builder {
        final String ref;
        final long firstLine;
        final CSVRecord first;
        final List<PoliceNotification.Person> people = new ArrayList<>();

        Builder(CSVRecord first) {
            this.first = first;
            this.ref = first.get("notification_ref");
            this.firstLine = first.getRecordNumber() + 1;
        }

        PoliceNotification build() {
            return notification(column -> value(first, column), people);
        }
    }
}
