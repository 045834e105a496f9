package dev.polly.common.events;

/**
 * A cache entry (or, with a null {@code key}, a whole region) was invalidated or overwritten by the
 * process {@code origin}; other processes drop their near-cache copy.
 */
public record CacheInvalidated(String region, String key, String origin) implements PollyEvent {}
