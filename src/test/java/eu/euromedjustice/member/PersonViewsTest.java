package eu.euromedjustice.member;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import eu.euromedjustice.security.Role;
import eu.euromedjustice.security.Viewer;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How other features embed people (meeting participants, speakers, reporters): through
 * MemberService.views, which applies the same per-role rules as the member directory.
 */
@QuarkusTest
class PersonViewsTest extends Members {

    @Inject
    MemberService members;

    @Test
    void shouldGiveEachViewerTheSameViewOfAPersonAsTheDirectory() {
        UUID consenting = UUID.fromString(id(create(with(member(marker()), "contactConsent", true))));
        UUID reserved = UUID.fromString(id(create(member(marker()))));
        List<UUID> ids = List.of(consenting, reserved, UUID.fromString(UNKNOWN_ID));

        Map<UUID, MemberDto> partner = members.views(ids, new Viewer(EnumSet.of(Role.PARTNER), null));
        Map<UUID, MemberDto> member = members.views(ids, new Viewer(EnumSet.of(Role.MEMBER), null));
        Map<UUID, MemberDto> self = members.views(ids, new Viewer(EnumSet.of(Role.MEMBER), reserved));
        Map<UUID, MemberDto> editor = members.views(ids, new Viewer(EnumSet.of(Role.EDITOR), null));

        assertThat(partner).containsOnlyKeys(consenting, reserved);
        assertThat(partner.get(consenting).email()).isNull();
        assertThat(partner.get(consenting).withheld()).containsExactly(PersonVisibility.Field.values());
        assertThat(member.get(consenting).email()).isEqualTo("k.benali@justice.example");
        assertThat(member.get(reserved).email()).isNull();
        assertThat(member.get(reserved).withheld()).containsExactly(PersonVisibility.Field.EMAIL, PersonVisibility.Field.PHONE);
        assertThat(self.get(reserved).email()).isEqualTo("k.benali@justice.example");
        assertThat(editor.get(reserved).withheld()).isEmpty();
        assertThat(members.views(List.of(), new Viewer(EnumSet.of(Role.EDITOR), null))).isEmpty();
    }
}
