# EuroMed Justice Platform API - container image for PostgreSQL (Quarkus, JVM mode, Java 17).
#
# There is no Docker engine on the development machines: build and run this image on a machine
# or CI runner that has one.
#
# Build (the database kind is fixed at build time; this image is for PostgreSQL and carries no
# H2 driver):
#   docker build -t euromed-justice-api .
#
# Run against PostgreSQL. The administrator password and the token key pair are required; give
# every instance the same ones:
#   docker run --rm -p 8080:8080 --memory=512m \
#     -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db-host:5432/emj \
#     -e QUARKUS_DATASOURCE_USERNAME=emj \
#     -e QUARKUS_DATASOURCE_PASSWORD=secret \
#     -e EMJ_ADMIN_PASSWORD=change-me-to-something-long \
#     -v /path/to/keys:/keys:ro \
#     -e EMJ_JWT_PRIVATE_KEY_LOCATION=/keys/private.pem \
#     -e EMJ_JWT_PUBLIC_KEY_LOCATION=/keys/public.pem \
#     euromed-justice-api
#
# Health: the HEALTHCHECK asks /q/health/live. Readiness (/q/health/ready) goes down with the
# database; a restart cannot fix that, so it is for the load balancer, not for the healthcheck.

# ---- Build stage -------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Build-time database kind (Quarkus fixes it at build time; it also leaves H2 out of the build).
ARG EMJ_DB_KIND=postgresql
ENV EMJ_DB_KIND=${EMJ_DB_KIND}

# Dependencies and build plugins first, so this layer is cached until pom.xml changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw && ./mvnw -B quarkus:go-offline

COPY src src
RUN ./mvnw -B package -DskipTests

# ---- Runtime stage -----------------------------------------------------------
FROM eclipse-temurin:17-jre

ARG EMJ_DB_KIND=postgresql

# curl is only for the HEALTHCHECK (the base image has neither curl nor wget).
# The application's files belong to root and are read-only for the user that runs it (755); only the
# data directory is writable.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --gid 1001 emj \
    && useradd --uid 1001 --gid 1001 --no-create-home --home-dir /deployments/data \
        --shell /usr/sbin/nologin emj \
    && mkdir -p /deployments/data \
    && chown 1001:1001 /deployments/data \
    && chmod 700 /deployments/data

WORKDIR /deployments

# Standard Quarkus fast-jar layout; lib/ changes least, so it goes first.
COPY --from=build --chown=root:root --chmod=755 /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=root:root --chmod=755 /build/target/quarkus-app/*.jar /deployments/
COPY --from=build --chown=root:root --chmod=755 /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=root:root --chmod=755 /build/target/quarkus-app/quarkus/ /deployments/quarkus/

# The heap follows the container's memory limit; EMJ_DB_KIND matches the build.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    EMJ_DATA_DIR=/deployments/data \
    EMJ_DB_KIND=${EMJ_DB_KIND}

EXPOSE 8080
USER 1001

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/q/health/live || exit 1

ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar quarkus-run.jar"]
