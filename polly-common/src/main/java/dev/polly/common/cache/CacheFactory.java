package dev.polly.common.cache;

/**
 * Cache regions' TTLs, near-cache and circuit-breaker settings.
 *
 * <p>SKELETON: the cache work fills this in.
 */
public class CacheFactory {}
