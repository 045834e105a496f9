package dev.polly.api;

import dev.polly.common.cache.Caches;
import dev.polly.common.config.RedisServices;
import dev.polly.common.events.EventBus;
import dev.polly.common.health.RedisProbe;
import dev.polly.common.persistence.PollDao;
import dev.polly.common.persistence.SessionDao;
import dev.polly.common.persistence.UserPreferencesDao;
import dev.polly.common.persistence.VoteDao;
import dev.polly.common.redis.RedisStores;
import org.jdbi.v3.core.Jdbi;

/**
 * What the API needs from polly-common's persistence and cache: the DAOs, the cache regions, the
 * event bus, the Redis probe, the cluster-wide rate limiters and the Redis stores (drafts, OAuth
 * state markers). Built in {@link PollyApiApplication#run} from the factories.
 */
public record Backends(
    Jdbi jdbi,
    PollDao polls,
    VoteDao votes,
    UserPreferencesDao preferences,
    SessionDao sessions,
    Caches caches,
    EventBus events,
    RedisProbe redis,
    RedisServices.RateLimiters rateLimiters,
    RedisStores stores) {}
