package eu.euromedjustice.fiche;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.euromedjustice.common.i18n.LanguageMap;

/**
 * The comparison as a spreadsheet (RFC 4180): a header of the column keys, a row per field, and a
 * row per language where a field's text depends on it ("possibilityNote [ar]"). UTF-8 with a byte
 * order mark, without which spreadsheet programs read the Arabic as another code page. A cell that
 * a spreadsheet would take for a formula is prefixed with an apostrophe (CSV injection).
 */
@Provider
@Produces(FicheComparisonCsv.MEDIA_TYPE)
public class FicheComparisonCsv implements MessageBodyWriter<FicheComparisonDto> {

    public static final String MEDIA_TYPE = "text/csv";
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == FicheComparisonDto.class;
    }

    @Override
    public void writeTo(FicheComparisonDto comparison, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE + "; charset=UTF-8");
        headers.putSingle("Content-Disposition", "attachment; filename=\"fiches-"
                + (comparison.measureCode() != null ? comparison.measureCode() : comparison.countryCode()) + ".csv\"");
        out.write(BYTE_ORDER_MARK);
        out.write(csv(comparison).getBytes(StandardCharsets.UTF_8));
    }

    static String csv(FicheComparisonDto comparison) {
        List<FicheComparisonDto.Column> columns = comparison.columns();
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("field"));
        columns.forEach(column -> header.add(column.key()));
        line(csv, header);
        List<String> status = new ArrayList<>(List.of("status"));
        List<String> revision = new ArrayList<>(List.of("revision"));
        List<String> validFrom = new ArrayList<>(List.of("validFrom"));
        for (FicheComparisonDto.Column column : columns) {
            status.add(column.status().name());
            revision.add(column.revision() == null ? "" : column.revision().toString());
            validFrom.add(column.validFrom() == null ? "" : column.validFrom().toString());
        }
        line(csv, status);
        line(csv, revision);
        line(csv, validFrom);
        for (FicheComparisonDto.Row row : comparison.rows()) {
            boolean perLanguage = LanguageMap.LANGUAGES.stream().map(language -> texts(comparison, row, language)).distinct().count() > 1;
            if (perLanguage) {
                for (String language : LanguageMap.LANGUAGES) {
                    List<String> cells = new ArrayList<>(List.of(row.field() + " [" + language + "]"));
                    cells.addAll(texts(comparison, row, language));
                    line(csv, cells);
                }
            } else {
                List<String> cells = new ArrayList<>(List.of(row.field()));
                cells.addAll(texts(comparison, row, LanguageMap.REQUIRED_LANGUAGE));
                line(csv, cells);
            }
        }
        for (String language : LanguageMap.LANGUAGES) {
            List<String> cells = new ArrayList<>(List.of("disclaimer [" + language + "]", comparison.disclaimer().get(language)));
            while (cells.size() < header.size()) {
                cells.add(""); // every row as wide as the header
            }
            line(csv, cells);
        }
        return csv.toString();
    }

    /** An authority names its organisation by id; a spreadsheet reader needs its name instead. */
    private static JsonNode named(JsonNode value, Map<String, LanguageMap> organisations) {
        if (value == null || !value.isObject() || !value.has("organisationId")) {
            return value;
        }
        LanguageMap name = organisations.get(value.get("organisationId").asText());
        if (name == null) {
            return value;
        }
        ObjectNode named = FicheContentConverter.JSON.createObjectNode();
        named.set("organisation", FicheContentConverter.JSON.valueToTree(name));
        value.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("organisationId")) {
                named.set(field.getKey(), field.getValue());
            }
        });
        return named;
    }

    private static List<String> texts(FicheComparisonDto comparison, FicheComparisonDto.Row row, String language) {
        List<FicheComparisonDto.Column> columns = comparison.columns();
        List<String> texts = new ArrayList<>();
        for (FicheComparisonDto.Column column : columns) {
            JsonNode value = row.values().get(column.key());
            texts.add(FicheFields.text(named(value, comparison.organisations()), language));
        }
        return texts;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String cell(String text) {
        String value = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
