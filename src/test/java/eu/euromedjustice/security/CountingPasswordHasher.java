package eu.euromedjustice.security;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The password hasher, counting its bcrypt verifications: for the test that a refused login
 * attempt runs none. Used only where a test profile enables it.
 */
@Alternative
@Singleton // not a client proxy: PasswordHasher has no constructor without arguments
public class CountingPasswordHasher extends PasswordHasher {

    private final AtomicLong verifications = new AtomicLong();

    public CountingPasswordHasher(SecurityConfig config) {
        super(config);
    }

    @Override
    public boolean matches(String password, String hash) {
        verifications.incrementAndGet(); // the decoy verification of an unknown username comes through here too
        return super.matches(password, hash);
    }

    public long verifications() {
        return verifications.get();
    }
}
