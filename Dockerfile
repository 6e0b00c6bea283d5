# EuroMed Justice Platform API - container image (Quarkus, JVM mode, Java 17).
#
# There is no Docker engine on the dev machines: build and run this image on
# a machine/CI runner that has one.
#
# Build (the datasource kind is fixed at build time; default postgresql):
#   docker build -t euromed-justice-api .
#
# Run against PostgreSQL:
#   docker run --rm -p 8080:8080 \
#     -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db-host:5432/emj \
#     -e QUARKUS_DATASOURCE_USERNAME=emj \
#     -e QUARKUS_DATASOURCE_PASSWORD=secret \
#     -e EMJ_ADMIN_PASSWORD=change-me \
#     euromed-justice-api
#
# Optional: JWT signing keys as PEM files (mount them read-only), e.g.
#     -v /path/to/keys:/keys:ro \
#     -e EMJ_JWT_PRIVATE_KEY_LOCATION=/keys/private.pem \
#     -e EMJ_JWT_PUBLIC_KEY_LOCATION=/keys/public.pem
#
# Health: http://localhost:8080/q/health/ready (used by HEALTHCHECK below).

# ---- Build stage -------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Build-time datasource kind (Quarkus fixes it at build time).
ARG EMJ_DB_KIND=postgresql
ENV EMJ_DB_KIND=${EMJ_DB_KIND}

# Dependencies first, so this layer is cached until pom.xml changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw && ./mvnw -B dependency:go-offline

COPY src src
RUN ./mvnw -B package -DskipTests

# ---- Runtime stage -----------------------------------------------------------
FROM eclipse-temurin:17-jre

ARG EMJ_DB_KIND=postgresql

# curl is only for the HEALTHCHECK (the base image has neither curl nor wget).
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --gid 1001 emj \
    && useradd --uid 1001 --gid 1001 --no-create-home --home-dir /deployments \
        --shell /usr/sbin/nologin emj \
    && mkdir -p /deployments/data \
    && chown -R 1001:1001 /deployments

WORKDIR /deployments

# Standard Quarkus fast-jar layout; lib/ changes least, so it goes first.
COPY --from=build --chown=1001:1001 /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=1001:1001 /build/target/quarkus-app/*.jar /deployments/
COPY --from=build --chown=1001:1001 /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=1001:1001 /build/target/quarkus-app/quarkus/ /deployments/quarkus/

# EMJ_DB_KIND matches the build so Quarkus does not warn about a changed
# build-time property at startup.
ENV JAVA_OPTS="-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    EMJ_DATA_DIR=/deployments/data \
    EMJ_DB_KIND=${EMJ_DB_KIND}

EXPOSE 8080
USER 1001

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/q/health/ready || exit 1

ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar quarkus-run.jar"]
