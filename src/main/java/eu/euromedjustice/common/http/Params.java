package eu.euromedjustice.common.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import eu.euromedjustice.common.persistence.StorableText;
import eu.euromedjustice.common.problem.ProblemException;

/**
 * Parses path and query parameters, so that a malformed one is a 400 naming the parameter,
 * never a 404 or a 500.
 */
public final class Params {

    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    /** ASCII only: UUID.fromString would also read the digits of other scripts. */
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Params() {
    }

    public static UUID uuid(String field, String raw) {
        if (raw != null && UUID_TEXT.matcher(raw).matches()) {
            return UUID.fromString(raw);
        }
        throw ProblemException.invalidField(field, "must be a UUID such as 0193f2a3-5b7c-7d8e-9f01-23456789abcd");
    }

    /** An optional filter: null when absent or empty, else what the parser (one of these methods) makes of it. */
    public static <T> T optional(String raw, Function<String, T> parser) {
        return raw == null || raw.isEmpty() ? null : parser.apply(raw);
    }

    /** An optional true/false filter: null when absent. */
    public static Boolean bool(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!raw.equals("true") && !raw.equals("false")) {
            throw ProblemException.invalidField(field, "must be true or false");
        }
        return Boolean.valueOf(raw);
    }

    /** A repeatable enum parameter: the set of its values, or null when it is absent; each malformed one is a 400. */
    public static <E extends Enum<E>> Set<E> enumValues(String field, List<String> raw, Class<E> type) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        Set<E> values = EnumSet.noneOf(type);
        for (String value : raw) {
            E parsed = enumValue(field, value, type);
            if (parsed != null) { // an empty value is no filter, as for a single one
                values.add(parsed);
            }
        }
        return values.isEmpty() ? null : values;
    }

    /** An optional enum filter: null when absent. */
    public static <E extends Enum<E>> E enumValue(String field, String raw, Class<E> type) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return constant;
            }
        }
        throw ProblemException.invalidField(field, "must be one of: "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    public static String countryCode(String field, String raw) {
        return matching(field, raw, COUNTRY_CODE, "must be an ISO 3166-1 alpha-2 code in upper case, such as MA");
    }

    /** A key that must have a given shape, such as a country or expert-group code. */
    public static String matching(String field, String raw, Pattern pattern, String message) {
        if (raw == null || !pattern.matcher(raw).matches()) {
            throw ProblemException.invalidField(field, message);
        }
        return raw;
    }

    /** An optional RFC 3339 instant, such as the {@code updatedSince} filter partners sync with. */
    public static Instant instant(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            OffsetDateTime instant = OffsetDateTime.parse(raw);
            if (instant.getYear() >= 1 && instant.getYear() <= 9999) {
                return instant.toInstant();
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw ProblemException.invalidField(field, "must be an RFC 3339 date-time in the years 1 to 9999, such as 2026-11-27T10:15:30Z");
    }

    /** An optional ISO 8601 calendar date, such as 2026-11-27. */
    public static LocalDate date(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            if (raw.length() == 10) {
                return LocalDate.parse(raw);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw ProblemException.invalidField(field, "must be a date such as 2026-11-27");
    }

    /** An optional whole number within bounds, such as a feed position; absent gives the default. */
    public static long number(String field, String raw, long min, long max, long absent) {
        if (raw == null || raw.isEmpty()) {
            return absent;
        }
        try {
            if (raw.length() <= 19 && raw.chars().allMatch(Character::isDigit)) {
                long value = Long.parseLong(raw);
                if (value >= min && value <= max) {
                    return value;
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalidField(field, "must be a whole number from " + min + " to " + max);
    }

    /** An optional free-text filter: trimmed, null when blank, bounded so it cannot be abused. */
    public static String text(String field, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.length() > maxLength) {
            throw ProblemException.invalidField(field, "must be at most " + maxLength + " characters");
        }
        if (!StorableText.isStorable(text)) {
            throw ProblemException.invalidField(field, StorableText.PROBLEM);
        }
        return text;
    }
}
