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

    @Test
    void shouldDefaultToTwentyAndAcceptOneToHundred() {
        assertThat(PageRequest.of(SCOPE, null, null).limit()).isEqualTo(20);
        assertThat(PageRequest.of(SCOPE, "1", null).limit()).isEqualTo(1);
        assertThat(PageRequest.of(SCOPE, "100", null).limit()).isEqualTo(100);
        for (String invalid : new String[] {"0", "101", "-1", "ten", "1.5", "99999999999"}) {
            assertThatThrownBy(() -> PageRequest.of(SCOPE, invalid, null))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).errors().get(0).field()).isEqualTo("limit"));
        }
    }

    @Test
    void shouldHandOutANextCursorOnlyWhenMoreRowsExist() {
        PageRequest first = PageRequest.of(SCOPE, "2", null);
        Page<String> page = first.page(List.of("a", "b", "c"), Function.identity(), Function.identity());
        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.next()).isNotNull();
        assertThat(PageRequest.of(SCOPE, "2", page.next()).after()).isEqualTo("b");

        Page<String> last = first.page(List.of("a", "b"), Function.identity(), Function.identity());
        assertThat(last.items()).containsExactly("a", "b");
        assertThat(last.next()).isNull();
    }

    @Test
    void shouldRejectCursorsThatAreTamperedOrFromAnotherList() {
        String otherList = PageRequest.encode("others", "b");
        String notAKey = PageRequest.encode(SCOPE, "not-a-uuid");
        for (String cursor : new String[] {"%%%", "bm9wZQ", otherList, PageRequest.encode(SCOPE, "")}) {
            assertThatThrownBy(() -> PageRequest.of(SCOPE, null, cursor))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).errors().get(0).field()).isEqualTo("cursor"));
        }
        PageRequest request = PageRequest.of(SCOPE, null, notAKey);
        assertThatThrownBy(() -> request.afterAs(UUID::fromString)).isInstanceOf(ProblemException.class);
    }
}
