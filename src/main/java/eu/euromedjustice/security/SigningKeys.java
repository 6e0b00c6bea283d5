package eu.euromedjustice.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.AppConfig;
import io.quarkus.logging.Log;

/**
 * The RSA key pair that signs access tokens. Configured PEM files win; otherwise a pair is
 * generated once and kept in the data directory, so tokens survive restarts of the embedded
 * setup. Several instances behind a load balancer must share configured keys.
 */
@ApplicationScoped
public class SigningKeys {

    private static final String PRIVATE_FILE = "jwt-private.pem";
    private static final String PUBLIC_FILE = "jwt-public.pem";

    private final KeyPair keyPair;

    public SigningKeys(AppConfig config) {
        try {
            if (config.jwt().privateKeyLocation().isPresent() != config.jwt().publicKeyLocation().isPresent()) {
                // one half of a pair is a typo, not a reason to sign with a key no one else has
                throw new IllegalStateException("Set both EMJ_JWT_PRIVATE_KEY_LOCATION and EMJ_JWT_PUBLIC_KEY_LOCATION, or neither");
            }
            if (config.jwt().privateKeyLocation().isPresent()) {
                keyPair = new KeyPair(readPublic(Path.of(config.jwt().publicKeyLocation().get())),
                        readPrivate(Path.of(config.jwt().privateKeyLocation().get())));
            } else {
                keyPair = loadOrGenerate(Path.of(config.dataDir()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Token signing keys cannot be read or written", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Token signing keys are not RSA keys in PEM form", e);
        }
    }

    public PrivateKey privateKey() {
        return keyPair.getPrivate();
    }

    public PublicKey publicKey() {
        return keyPair.getPublic();
    }

    private static KeyPair loadOrGenerate(Path dataDir) throws IOException, GeneralSecurityException {
        Path privateFile = dataDir.resolve(PRIVATE_FILE);
        Path publicFile = dataDir.resolve(PUBLIC_FILE);
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            return new KeyPair(readPublic(publicFile), readPrivate(privateFile));
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair generated = generator.generateKeyPair();
        Files.createDirectories(dataDir);
        writePem(privateFile, "PRIVATE KEY", generated.getPrivate().getEncoded(), true);
        writePem(publicFile, "PUBLIC KEY", generated.getPublic().getEncoded(), false);
        Log.infof("Generated a token signing key pair in %s", dataDir.toAbsolutePath());
        return generated;
    }

    private static PrivateKey readPrivate(Path file) throws IOException, GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pemBody(file)));
    }

    private static PublicKey readPublic(Path file) throws IOException, GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pemBody(file)));
    }

    private static byte[] pemBody(Path file) throws IOException {
        String base64 = Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static void writePem(Path file, String type, byte[] der, boolean secret) throws IOException {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        if (secret) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own protection has to do
            }
        }
    }
}
