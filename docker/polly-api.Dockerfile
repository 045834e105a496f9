# syntax=docker/dockerfile:1
# polly-api image. Build from the repository root (compose does: context "..").
#   docker build -f docker/polly-api.Dockerfile -t polly-api .

# --- build: the reactor builds polly-common and polly-api into one shaded jar ---
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY polly-common/pom.xml polly-common/
COPY polly-api/pom.xml polly-api/
COPY polly-bot/pom.xml polly-bot/
COPY polly-common/src polly-common/src
COPY polly-api/src polly-api/src
# The Maven repository lives in a BuildKit cache, so rebuilds download nothing.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -pl polly-api -am package -DskipTests -Dspotless.skip=true \
 && cp polly-api/target/polly-api-[0-9]*.jar /src/polly-api.jar

# --- runtime: a JRE, curl for the health check, and a non-root user ---
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system polly \
 && useradd --system --gid polly --home-dir /app --shell /usr/sbin/nologin polly \
 && mkdir -p /app \
 && chown polly:polly /app
WORKDIR /app
COPY --from=build --chown=polly:polly /src/polly-api.jar /app/polly-api.jar
COPY --chown=polly:polly config.yml /app/config.yml
USER polly
# Memory: the heap may take 70% of the container's limit (the rest is metaspace, code cache, thread
# stacks and Netty's buffers: under 100 MiB of non-heap under load, BENCHMARKS.md "(f) Memory"),
# starts at 25%, and an OutOfMemoryError ends the process so Docker restarts it instead of leaving
# it half-working.
ENV API_PORT=8080 \
    API_ADMIN_PORT=8081 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080 8081
# /health on the application port: 200 while the API can serve (also "degraded", with Redis down),
# 503 when PostgreSQL is down. (The admin /healthcheck fails on a Redis outage alone.)
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${API_PORT}/health" || exit 1
ENTRYPOINT ["java", "-jar", "/app/polly-api.jar"]
CMD ["server", "/app/config.yml"]
