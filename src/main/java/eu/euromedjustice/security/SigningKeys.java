package eu.euromedjustice.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import eu.euromedjustice.common.AppConfig;
import eu.euromedjustice.common.persistence.DatabaseKind;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * The RSA key pair that signs access tokens, read and checked when the service starts, so that a
 * missing or broken pair stops the start rather than failing every login later. Configured PEM
 * files win. With PostgreSQL they are required: several instances must sign with one pair. On the
 * embedded database a pair is generated once into the data directory when none is configured.
 */
@ApplicationScoped
public class SigningKeys {

    /** The generated pair, as one PKCS#8 file (the public key is derived), so it is written in one step. */
    static final String GENERATED_FILE = "jwt-private.pem";
    private static final int MIN_KEY_BITS = 2048;

    private final KeyPair keyPair;

    public SigningKeys(SecurityConfig security, AppConfig app, DatabaseKind database) {
        SecurityConfig.Jwt jwt = security.jwt();
        if (jwt.privateKeyLocation().isPresent() != jwt.publicKeyLocation().isPresent()) {
            // one half of a pair is a typo, not a reason to sign with a key no one else has
            throw new IllegalStateException("Set both EMJ_JWT_PRIVATE_KEY_LOCATION and EMJ_JWT_PUBLIC_KEY_LOCATION, or neither");
        }
        if (jwt.privateKeyLocation().isEmpty() && !database.embedded()) {
            throw new IllegalStateException("With PostgreSQL, set EMJ_JWT_PRIVATE_KEY_LOCATION and "
                    + "EMJ_JWT_PUBLIC_KEY_LOCATION: every instance must sign tokens with the same key pair");
        }
        try {
            keyPair = jwt.privateKeyLocation().isPresent()
                    ? new KeyPair(readPublic(Path.of(jwt.publicKeyLocation().get())), readPrivate(Path.of(jwt.privateKeyLocation().get())))
                    : loadOrGenerate(Path.of(app.dataDir()));
            check(keyPair);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("Token signing key file " + e.getFile() + " does not exist", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Token signing keys cannot be read or written", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Token signing keys are not a matching RSA key pair in PEM form "
                    + "(PKCS#8 private key, X.509 public key) of at least " + MIN_KEY_BITS + " bits", e);
        }
    }

    /** Creates the bean, and so reads and checks the keys, before anything else starts. */
    void onStart(@Observes @Priority(5) StartupEvent event) {
        Log.debugf("Token signing keys checked (%d bits)", ((RSAPublicKey) keyPair.getPublic()).getModulus().bitLength());
    }

    public PrivateKey privateKey() {
        return keyPair.getPrivate();
    }

    public PublicKey publicKey() {
        return keyPair.getPublic();
    }

    /** Signs and verifies once: the halves must belong together and be strong enough. */
    private static void check(KeyPair pair) throws GeneralSecurityException {
        if (!(pair.getPublic() instanceof RSAPublicKey rsa) || rsa.getModulus().bitLength() < MIN_KEY_BITS) {
            throw new GeneralSecurityException("not an RSA key of at least " + MIN_KEY_BITS + " bits");
        }
        byte[] probe = "euromed-justice signing key check".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(pair.getPrivate());
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(pair.getPublic());
        verifier.update(probe);
        if (!verifier.verify(signature)) {
            throw new GeneralSecurityException("the public key does not match the private key");
        }
    }

    private static KeyPair loadOrGenerate(Path dataDir) throws IOException, GeneralSecurityException {
        Path file = dataDir.resolve(GENERATED_FILE);
        if (Files.exists(file)) {
            PrivateKey privateKey = readPrivate(file);
            return new KeyPair(publicOf(privateKey), privateKey);
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(MIN_KEY_BITS);
        KeyPair generated = generator.generateKeyPair();
        writeSecret(file, pem("PRIVATE KEY", generated.getPrivate().getEncoded()));
        Log.infof("Generated a token signing key pair in %s", file.toAbsolutePath());
        return generated;
    }

    private static PublicKey publicOf(PrivateKey privateKey) throws GeneralSecurityException {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new GeneralSecurityException("the generated key file holds no RSA CRT key");
        }
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
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

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /**
     * Writes a secret readable by its owner only from the moment it exists (a temporary file is
     * created owner-only), synced, then moved into place in one step, so that a crash leaves the
     * old state or the new one, never half a key.
     */
    private static void writeSecret(Path file, String content) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(file.getParent());
        }
        Path temporary = posix
                ? Files.createTempFile(file.getParent(), ".jwt", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(file.getParent(), ".jwt", ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
