package eu.euromedjustice.common.paging;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import eu.euromedjustice.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    private static final String SCOPE = "things";
    private static final Keyset<String> BY_TEXT = Keyset.of(Keyset.key("text", Function.identity(), Function.identity()));
    private static final Keyset<String> BY_UUID = Keyset.of(Keyset.key("id", UUID::fromString, Function.identity()));

    @Test
    void shouldDefaultToTwentyAndAcceptOneToHundred() {
        assertThat(PageRequest.of(SCOPE, null, null, null).limit()).isEqualTo(20);
        assertThat(PageRequest.of(SCOPE, null, "1", null).limit()).isEqualTo(1);
        assertThat(PageRequest.of(SCOPE, null, "100", null).limit()).isEqualTo(100);
        // "٣" is an Arabic-Indic three, which Integer.parseInt would read
        for (String invalid : new String[] {"0", "101", "-1", "ten", "1.5", "99999999999", "\u0663", "+5", " 5"}) {
            assertThatThrownBy(() -> PageRequest.of(SCOPE, null, invalid, null))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).errors().get(0).field()).isEqualTo("limit"));
        }
    }

    @Test
    void shouldHandOutANextCursorOnlyWhenMoreRowsExist() {
        PageRequest first = PageRequest.of(SCOPE, null, "2", null);
        Page<String> page = first.page(List.of("a", "b", "c"), BY_TEXT);
        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.next()).isNotNull();
        assertThat(PageRequest.of(SCOPE, null, "2", page.next()).after()).containsExactly("b");

        Page<String> last = first.page(List.of("a", "b"), BY_TEXT);
        assertThat(last.items()).containsExactly("a", "b");
        assertThat(last.next()).isNull();
    }

    @Test
    void shouldCarryKeysInAnyScriptThroughTheCursor() {
        String key = "Benalí\n\"ابن\" 😀 \\ ,";
        Page<String> page = PageRequest.of(SCOPE, null, "1", null).page(List.of(key, "z"), BY_TEXT);
        assertThat(page.next()).matches("[A-Za-z0-9_-]+");
        assertThat(PageRequest.of(SCOPE, null, "1", page.next()).after()).containsExactly(key);
    }

    @Test
    void shouldRejectCursorsThatAreTamperedOrFromAnotherList() {
        String otherList = PageRequest.encode("others", "x", List.of("b"));
        for (String cursor : new String[] {"%%%", "bm9wZQ", otherList, PageRequest.encode(SCOPE, "x", List.of())}) {
            assertThatThrownBy(() -> PageRequest.of(SCOPE, null, null, cursor))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).errors().get(0).field()).isEqualTo("cursor"));
        }
        Page<String> page = PageRequest.of(SCOPE, null, "1", null).page(List.of("not-a-uuid", "z"), BY_TEXT);
        PageRequest request = PageRequest.of(SCOPE, null, "1", page.next());
        assertThatThrownBy(() -> BY_UUID.valuesOf(request.after())).isInstanceOf(ProblemException.class);
    }

    @Test
    void shouldBindTheCursorToTheFiltersAndLimitItCameFrom() {
        record Filter(String type) {
        }
        String next = PageRequest.of(SCOPE, new Filter("EU_BODY"), "2", null).page(List.of("a", "b", "c"), BY_TEXT).next();

        assertThat(PageRequest.of(SCOPE, new Filter("EU_BODY"), "2", next).after()).containsExactly("b");
        for (PageRequestCall call : List.<PageRequestCall>of(
                () -> PageRequest.of(SCOPE, new Filter("OTHER"), "2", next),
                () -> PageRequest.of(SCOPE, new Filter(null), "2", next),
                () -> PageRequest.of(SCOPE, new Filter("EU_BODY"), "3", next))) {
            assertThatThrownBy(call::run).isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).errors().get(0).field()).isEqualTo("cursor"));
        }
    }

    private interface PageRequestCall {
        PageRequest run();
    }
}
