package eu.euromedjustice.security;

/** Entity to record for API keys: the one place that copies fields, and never the hash. */
final class ApiKeyMapper {

    private ApiKeyMapper() {
    }

    static ApiKeyDto toDto(ApiKey key) {
        return new ApiKeyDto(key.id, key.name, key.prefix, key.role, null, key.createdAt(), key.createdBy, key.lastUsedAt,
                key.expiresAt, key.isRevoked(), key.revokedAt, key.version());
    }
}
