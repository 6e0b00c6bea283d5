package eu.euromedjustice.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.util.ModularCrypt;

/** Salted, slow password hashes (bcrypt) and random passwords for generated accounts. */
@ApplicationScoped
public class PasswordHasher {

    /** bcrypt reads no more than this many bytes; anything longer would be accepted with any suffix. */
    public static final int MAX_BYTES = 72;
    public static final int MIN_LENGTH = 12;

    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int cost;
    /** Verified against when the username is unknown, so that a login takes as long either way. */
    private final String decoyHash;

    public PasswordHasher(SecurityConfig config) {
        this.cost = config.security().bcryptCost();
        this.decoyHash = BcryptUtil.bcryptHash(randomPassword(), cost);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String hash) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm(), PROVIDER);
            return factory.verify(factory.translate(stored), password.toCharArray());
        } catch (Exception e) {
            return false;
        }
    }

    /** Spends the time of a real verification and fails. */
    public boolean matchesNothing(String password) {
        matches(password, decoyHash);
        return false;
    }

    /** Whether bcrypt reads all of it. */
    public static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /** The rule for setting a password: long enough to resist guessing, short enough for bcrypt. */
    public static boolean isAcceptable(String password) {
        return password.length() >= MIN_LENGTH && fitsBcrypt(password);
    }

    public static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
