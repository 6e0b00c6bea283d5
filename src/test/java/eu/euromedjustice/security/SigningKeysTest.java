package eu.euromedjustice.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import eu.euromedjustice.common.AppConfig;
import eu.euromedjustice.common.persistence.DatabaseKind;
import eu.euromedjustice.support.TestSigningKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token key pair is read and checked as the service starts; a broken or missing one stops the start. */
class SigningKeysTest {

    private static final DatabaseKind EMBEDDED = new DatabaseKind("h2");
    private static final DatabaseKind POSTGRESQL = new DatabaseKind("postgresql");

    @TempDir
    Path directory;

    @Test
    void shouldGenerateAKeyReadableOnlyByItsOwnerOnceAndReuseIt() throws Exception {
        Path dataDir = directory.resolve("data");

        SigningKeys first = new SigningKeys(security(null, null), app(dataDir), EMBEDDED);
        SigningKeys second = new SigningKeys(security(null, null), app(dataDir), EMBEDDED);

        Path file = dataDir.resolve(SigningKeys.GENERATED_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(second.publicKey()).isEqualTo(first.publicKey());
        assertThat(second.privateKey()).isEqualTo(first.privateKey());
        try (var leftovers = Files.list(dataDir)) {
            assertThat(leftovers.map(Path::getFileName).map(Path::toString)).containsExactly(SigningKeys.GENERATED_FILE);
        }
    }

    @Test
    void shouldReadAConfiguredPair() {
        Path privateKey = directory.resolve("private.pem");
        Path publicKey = directory.resolve("public.pem");
        TestSigningKeys.write(privateKey, publicKey);

        SigningKeys keys = new SigningKeys(security(privateKey, publicKey), app(directory), POSTGRESQL);

        assertThat(keys.publicKey().getAlgorithm()).isEqualTo("RSA");
    }

    @Test
    void shouldRefuseToStartWithAMissingKeyFile() {
        Path publicKey = directory.resolve("public.pem");
        TestSigningKeys.write(directory.resolve("private.pem"), publicKey);

        assertThatThrownBy(() -> new SigningKeys(security(directory.resolve("missing.pem"), publicKey), app(directory), EMBEDDED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing.pem").hasMessageContaining("does not exist");
    }

    @Test
    void shouldRefuseToStartWithHalvesOfTwoPairs() {
        TestSigningKeys.write(directory.resolve("a-private.pem"), directory.resolve("a-public.pem"));
        TestSigningKeys.write(directory.resolve("b-private.pem"), directory.resolve("b-public.pem"));

        assertThatThrownBy(() -> new SigningKeys(security(directory.resolve("a-private.pem"), directory.resolve("b-public.pem")),
                app(directory), EMBEDDED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("matching RSA key pair");
    }

    @Test
    void shouldRefuseToStartWithAFileThatIsNoKey() throws Exception {
        Path garbage = Files.writeString(directory.resolve("garbage.pem"), "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> new SigningKeys(security(garbage, garbage), app(directory), EMBEDDED))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRequireConfiguredKeysWithPostgresql() {
        assertThatThrownBy(() -> new SigningKeys(security(null, null), app(directory), POSTGRESQL))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EMJ_JWT_PRIVATE_KEY_LOCATION");
        assertThat(directory.resolve(SigningKeys.GENERATED_FILE)).doesNotExist();
    }

    @Test
    void shouldRefuseHalfAPair() {
        assertThatThrownBy(() -> new SigningKeys(security(directory.resolve("private.pem"), null), app(directory), EMBEDDED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("both");
    }

    private static AppConfig app(Path dataDir) {
        return new AppConfig() {
            @Override
            public String dataDir() {
                return dataDir.toString();
            }

            @Override
            public Optional<List<String>> corsOrigins() {
                return Optional.empty();
            }

            @Override
            public DemoData demoData() {
                return Optional::empty;
            }

            @Override
            public RateLimit rateLimit() {
                return null; // signing keys do not limit
            }
        };
    }

    private static SecurityConfig security(Path privateKey, Path publicKey) {
        SecurityConfig.Jwt jwt = new SecurityConfig.Jwt() {
            @Override
            public String issuer() {
                return "https://euromed-justice.eu/api";
            }

            @Override
            public Duration lifetime() {
                return Duration.ofHours(1);
            }

            @Override
            public Optional<String> privateKeyLocation() {
                return Optional.ofNullable(privateKey).map(Path::toString);
            }

            @Override
            public Optional<String> publicKeyLocation() {
                return Optional.ofNullable(publicKey).map(Path::toString);
            }
        };
        return new SecurityConfig() {
            @Override
            public Optional<String> adminPassword() {
                return Optional.empty();
            }

            @Override
            public Jwt jwt() {
                return jwt;
            }

            @Override
            public Security security() {
                return () -> 4;
            }
        };
    }
}
