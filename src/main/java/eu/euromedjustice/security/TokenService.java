package eu.euromedjustice.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.jwt.build.Jwt;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/** Issues and verifies the RS256-signed access tokens. */
@ApplicationScoped
public class TokenService {

    private static final Duration MIN_LIFETIME = Duration.ofMinutes(1);
    private static final Duration MAX_LIFETIME = Duration.ofDays(366);

    private final SecurityConfig config;
    private final SigningKeys keys;
    private final JwtConsumer consumer;

    public TokenService(SecurityConfig config, SigningKeys keys) {
        Duration lifetime = config.jwt().lifetime();
        if (lifetime.compareTo(MIN_LIFETIME) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0) {
            // the contract promises expiresIn within these bounds
            throw new IllegalStateException("EMJ_JWT_LIFETIME must be between PT1M and P366D");
        }
        this.config = config;
        this.keys = keys;
        this.consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(30)
                .setExpectedIssuer(config.jwt().issuer())
                .setVerificationKey(keys.publicKey())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }

    /** Creates the bean, and so checks its settings, when the service starts. */
    void onStart(@Observes StartupEvent event) {
        Log.debugf("Tokens live %s", config.jwt().lifetime());
    }

    /**
     * The claim that ties a token to the account's token generation, which a disable, a password
     * change or "log out everywhere" advances, ending every token issued before for good.
     */
    static final String GENERATION_CLAIM = "gen";

    public TokenDto issue(UUID userId, String username, Set<Role> roles, long generation) {
        long lifetime = config.jwt().lifetime().toSeconds();
        Instant now = Instant.now();
        String token = Jwt.issuer(config.jwt().issuer())
                .subject(userId.toString())
                .upn(username)
                .groups(roles.stream().map(Role::name).collect(Collectors.toSet()))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(lifetime))
                .claim("jti", UUID.randomUUID().toString())
                .claim(GENERATION_CLAIM, generation)
                .jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(keys.privateKey());
        return new TokenDto(token, "Bearer", lifetime);
    }

    /** Who a valid token was issued to, and in which token generation; anything else fails authentication. */
    public Subject verify(String token) {
        try {
            JwtClaims claims = consumer.processToClaims(token);
            Long generation = claims.getClaimValue(GENERATION_CLAIM, Long.class);
            if (generation == null) {
                throw new AuthenticationFailedException("token without generation");
            }
            return new Subject(UUID.fromString(claims.getSubject()), generation);
        } catch (InvalidJwtException | MalformedClaimException | IllegalArgumentException e) {
            throw new AuthenticationFailedException("invalid token");
        }
    }

    /** The verified claims of a token. */
    public record Subject(UUID userId, long generation) {
    }
}
