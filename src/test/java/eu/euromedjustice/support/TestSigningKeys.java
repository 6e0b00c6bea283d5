package eu.euromedjustice.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Configures a token key pair for the test runs, as production does (PostgreSQL requires one):
 * written once per build into target/, never committed.
 */
public class TestSigningKeys implements QuarkusTestResourceLifecycleManager {

    private static final Path DIRECTORY = Path.of("target", "test-keys");

    @Override
    public Map<String, String> start() {
        Path privateKey = DIRECTORY.resolve("private.pem");
        Path publicKey = DIRECTORY.resolve("public.pem");
        if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
            write(privateKey, publicKey);
        }
        return Map.of("emj.jwt.private-key-location", privateKey.toAbsolutePath().toString(),
                "emj.jwt.public-key-location", publicKey.toAbsolutePath().toString());
    }

    /** Writes a fresh RSA pair as PEM files. */
    public static void write(Path privateKey, Path publicKey) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(privateKey.toAbsolutePath().getParent());
            Files.createDirectories(publicKey.toAbsolutePath().getParent());
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    @Override
    public void stop() {
        // the keys stay for the next test profile of this build
    }
}
