package eu.euromedjustice.common.http;

import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.common.problem.ProblemType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreconditionsTest {

    @Test
    void shouldRequireIfMatchForUpdates() {
        assertThatThrownBy(() -> Preconditions.required(null))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
        assertThatThrownBy(() -> Preconditions.required("  ")).isInstanceOf(ProblemException.class);
    }

    @Test
    void shouldMatchCurrentTagsAndStarAndAnyTagOfAList() {
        assertThatCode(() -> Preconditions.required("\"3\"").check(3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.required("*").check(3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.required("\"1\", \"3\"").check(3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.optional(null).check(3)).doesNotThrowAnyException();
    }

    @Test
    void shouldFailStaleWeakAndMalformedTags() {
        for (String header : new String[] {"\"2\"", "W/\"3\"", "3", "\"3", "garbage"}) {
            assertThatThrownBy(() -> Preconditions.required(header).check(3))
                    .as(header)
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).type()).isEqualTo(ProblemType.PRECONDITION_FAILED));
        }
    }
}
