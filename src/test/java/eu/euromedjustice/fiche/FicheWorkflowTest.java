package eu.euromedjustice.fiche;

import java.util.Map;

import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class FicheWorkflowTest extends Fiches {

    @Test
    void shouldPublishADraftAsRevisionOne() {
        String measure = newMeasure();

        Map<String, Object> fiche = publish("MA", measure, content(), "2026-01-20");

        anonymous().get(FICHE, "MA", measure).then().statusCode(200).body("revision", equalTo(1))
                .body("content.possibility", equalTo("YES")).body("disclaimer.en", org.hamcrest.Matchers.notNullValue());
        anonymous().get(FICHES + "/compare?measure=" + measure).then().statusCode(200).body("columns[0].key", equalTo("MA"));
        String csv = anonymous().accept("text/csv").get(FICHES + "/compare?measure=" + measure).then().statusCode(200).extract().asString();
        System.out.println(csv);
        System.out.println(fiche);
    }
}
