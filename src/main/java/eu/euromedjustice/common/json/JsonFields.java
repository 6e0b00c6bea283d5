package eu.euromedjustice.common.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.persistence.StorableText;
import eu.euromedjustice.common.problem.Problem;
import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.common.problem.ProblemType;

/** Speaks about JSON fields in client terms: paths like "roles[1]" and expectations without Java names. */
public final class JsonFields {

    static final String YEAR_RANGE = "in the years 1 to 9999";

    private JsonFields() {
    }

    /**
     * True when the failure is in what the client sent (syntax, shape, values); false when the
     * service failed to write its answer or has a type Jackson cannot handle, which is a bug.
     */
    public static boolean isReadingFailure(JsonProcessingException e) {
        if (e instanceof InvalidDefinitionException || e instanceof JsonGenerationException) {
            return false;
        }
        return !(e instanceof JsonMappingException mapping && mapping.getProcessor() instanceof JsonGenerator);
    }

    /** A Jackson failure as the client should read it: where in the body, and what was expected. */
    public static ProblemException problemOf(JsonProcessingException e) {
        String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (reason.startsWith("Duplicate field '")) {
            // Jackson quotes the property name, which the client chose: name it only in 'errors'
            String name = reason.substring("Duplicate field '".length(), Math.max(reason.lastIndexOf('\''), 17));
            return new ProblemException(ProblemType.MALFORMED_REQUEST, "The request body names a property twice.",
                    List.of(new Problem.FieldError(name, "must appear only once")));
        }
        if (reason.startsWith("Trailing token")) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "The request body has content after its JSON value; send exactly one JSON value.");
        }
        if (e instanceof JsonParseException parse && parse.getLocation() != null) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "The request body is not valid JSON (line " + parse.getLocation().getLineNr() + ", column "
                            + parse.getLocation().getColumnNr() + ").");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ProblemException.invalidField(pathOf(mapping.getPath()), messageOf(mapping));
        }
        if (e instanceof MismatchedInputException) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "The request body must be a JSON object of the documented shape.");
        }
        return new ProblemException(ProblemType.MALFORMED_REQUEST, "The request body could not be read as JSON.");
    }

    private static String messageOf(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known property";
        }
        if (e instanceof InvalidFormatException format && format.getOriginalMessage() != null) {
            // our own strict deserializers' reasons, which Jackson prefixes with Java type names
            if (format.getOriginalMessage().endsWith(StorableText.PROBLEM)) {
                return StorableText.PROBLEM;
            }
            if (format.getOriginalMessage().endsWith(YEAR_RANGE) && format.getTargetType() != null) {
                return expectation(format.getTargetType()) + " " + YEAR_RANGE;
            }
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expectation(mismatch.getTargetType());
        }
        return "has an invalid value";
    }

    static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    static String expectation(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "must be a date (YYYY-MM-DD)";
        }
        if (type == LocalDateTime.class) {
            return "must be a local date and time (YYYY-MM-DDThh:mm:ss)";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "must be an RFC 3339 date-time such as 2026-11-27T10:15:30Z";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "must be a number";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(type) || type == LanguageMap.class) {
            return "must be an object";
        }
        return "has an invalid value";
    }
}
