# syntax=docker/dockerfile:1
# polly-bot image. Build from the repository root (compose does: context "..").
#   docker build -f docker/polly-bot.Dockerfile -t polly-bot .

# --- build: the reactor builds polly-common and polly-bot into one shaded jar ---
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY polly-common/pom.xml polly-common/
COPY polly-api/pom.xml polly-api/
COPY polly-bot/pom.xml polly-bot/
COPY polly-common/src polly-common/src
COPY polly-bot/src polly-bot/src
# The Maven repository lives in a BuildKit cache, so rebuilds download nothing.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -pl polly-bot -am package -DskipTests -Dspotless.skip=true \
 && cp polly-bot/target/polly-bot-[0-9]*.jar /src/polly-bot.jar

# --- runtime: a JRE, curl for the health check, and a non-root user ---
# The bot serves only its admin port (bot.server in config.yml).
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system polly \
 && useradd --system --gid polly --home-dir /app --shell /usr/sbin/nologin polly \
 && mkdir -p /app \
 && chown polly:polly /app
WORKDIR /app
COPY --from=build --chown=polly:polly /src/polly-bot.jar /app/polly-bot.jar
COPY --chown=polly:polly config.yml /app/config.yml
USER polly
# Memory: the heap may take 75% of the container's memory (the rest is metaspace, thread stacks,
# Netty's and OkHttp's buffers), starts at 25% so a burst of votes does not wait for heap growth,
# and an OutOfMemoryError ends the process so the orchestrator restarts it. Under bench/bot.sh's
# vote load (the bot in its own JVM, 500-600 votes/s) its heap in use stayed at or below 212 MiB and
# its RSS at or below 566 MiB with a 512 MiB heap limit (BENCHMARKS.md, "Round 2, bot"): give the
# container 512 MiB or more (a 384 MiB heap, 1.8x the most in use).
ENV BOT_ADMIN_PORT=8082 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8082
# Dropwizard's admin health checks (gateway, database, redis): 200 when all pass.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${BOT_ADMIN_PORT}/healthcheck" || exit 1
ENTRYPOINT ["java", "-jar", "/app/polly-bot.jar"]
CMD ["server", "/app/config.yml"]
