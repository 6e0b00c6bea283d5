package eu.euromedjustice.common.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MediaType;

import eu.euromedjustice.common.problem.ProblemException;

/**
 * An Accept header (RFC 9110, section 12.5.1): media ranges with weights, where the most specific
 * range that matches a type decides its weight, and weight 0 means "not acceptable".
 */
final class AcceptHeader {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern RANGE = Pattern.compile("(" + TOKEN + ")/(" + TOKEN + ")((?:\\s*;\\s*" + TOKEN
            + "=(?:" + TOKEN + "|\"[^\"]*\"))*)\\s*");
    private static final Pattern WEIGHT = Pattern.compile(";\\s*[qQ]=(" + TOKEN + "|\"[^\"]*\")");
    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = ranges;
    }

    static AcceptHeader parse(String header) {
        List<Range> ranges = new ArrayList<>();
        for (String element : header.split(",")) {
            if (element.isBlank()) {
                continue; // RFC 9110 section 5.6.1: empty list elements are ignored
            }
            Matcher range = RANGE.matcher(element.trim());
            if (!range.matches() || ("*".equals(range.group(1)) && !"*".equals(range.group(2)))) {
                throw invalid();
            }
            double weight = 1.0;
            Matcher q = WEIGHT.matcher(range.group(3));
            if (q.find()) {
                String value = q.group(1).replace("\"", "");
                if (!QVALUE.matcher(value).matches()) {
                    throw invalid();
                }
                weight = Double.parseDouble(value);
            }
            ranges.add(new Range(range.group(1).toLowerCase(Locale.ROOT), range.group(2).toLowerCase(Locale.ROOT), weight));
        }
        return new AcceptHeader(ranges);
    }

    /** True when at least one of the types has a weight above zero. */
    boolean allowsAny(List<MediaType> types) {
        if (ranges.isEmpty()) {
            return true;
        }
        for (MediaType type : types) {
            Range decisive = null;
            for (Range range : ranges) {
                if (range.matches(type) && (decisive == null || range.specificity() > decisive.specificity())) {
                    decisive = range;
                }
            }
            if (decisive != null && decisive.weight() > 0) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException invalid() {
        return ProblemException.invalidField("Accept", "must be a list of media ranges such as application/json;q=0.9");
    }

    private record Range(String type, String subtype, double weight) {

        boolean matches(MediaType mediaType) {
            if (mediaType.isWildcardType()) {
                return true;
            }
            return ("*".equals(type) || type.equalsIgnoreCase(mediaType.getType()))
                    && ("*".equals(subtype) || mediaType.isWildcardSubtype() || subtype.equalsIgnoreCase(mediaType.getSubtype()));
        }

        int specificity() {
            return "*".equals(type) ? 0 : "*".equals(subtype) ? 1 : 2;
        }
    }
}
