package eu.euromedjustice.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Reads the change feed as a partner would: from a position, following 'more' to the end. */
public final class Feed {

    public static final String CHANGES = "/api/v1/changes";

    private Feed() {
    }

    /** The entries after the position the caller may see, in order, and the position to read from next. */
    public record Batch(List<Map<String, Object>> entries, long next) {
    }

    public static Batch after(Supplier<RequestSpecification> caller, long after) {
        List<Map<String, Object>> entries = new ArrayList<>();
        long position = after;
        boolean more;
        do {
            JsonPath page = caller.get().queryParam("after", position).queryParam("limit", 1000).get(CHANGES)
                    .then().statusCode(200).extract().jsonPath();
            entries.addAll(page.getList("items"));
            position = page.getLong("next");
            more = page.getBoolean("more");
        } while (more);
        return new Batch(entries, position);
    }
}
