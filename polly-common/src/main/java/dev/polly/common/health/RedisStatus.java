package dev.polly.common.health;

import java.time.Duration;
import java.time.Instant;

/** The result of one Redis probe: whether a PING answered, how fast, and when it ran. */
public record RedisStatus(boolean connected, Duration roundTrip, Instant checkedAt, String error) {}
