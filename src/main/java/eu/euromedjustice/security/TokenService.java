package eu.euromedjustice.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.AppConfig;
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

    private final AppConfig config;
    private final SigningKeys keys;
    private final JwtConsumer consumer;

    public TokenService(AppConfig config, SigningKeys keys) {
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

    /** The claim that ties a token to the password it was issued for. */
    static final String CREDENTIALS_CLAIM = "cst";

    public TokenDto issue(UUID userId, String username, Set<Role> roles, String credentialStamp) {
        long lifetime = config.jwt().lifetime().toSeconds();
        Instant now = Instant.now();
        String token = Jwt.issuer(config.jwt().issuer())
                .subject(userId.toString())
                .upn(username)
                .groups(roles.stream().map(Role::name).collect(Collectors.toSet()))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(lifetime))
                .claim("jti", UUID.randomUUID().toString())
                .claim(CREDENTIALS_CLAIM, credentialStamp)
                .jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(keys.privateKey());
        return new TokenDto(token, "Bearer", lifetime);
    }

    /** Who a valid token was issued to, and for which password; anything else fails authentication. */
    public Subject verify(String token) {
        try {
            JwtClaims claims = consumer.processToClaims(token);
            return new Subject(UUID.fromString(claims.getSubject()), claims.getStringClaimValue(CREDENTIALS_CLAIM));
        } catch (InvalidJwtException | MalformedClaimException | IllegalArgumentException e) {
            throw new AuthenticationFailedException("invalid token");
        }
    }

    /**
     * A short fingerprint of a password hash: changing the password changes it, so tokens issued
     * before the change stop working. It reveals nothing usable about the hash.
     */
    public static String credentialStamp(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The verified claims of a token. */
    public record Subject(UUID userId, String credentialStamp) {
    }
}
