package dev.polly.api.core;

import dev.polly.api.api.PreferencesRequest;
import dev.polly.api.api.PreferencesView;
import dev.polly.api.api.Snowflakes;
import dev.polly.common.domain.PollRules;
import dev.polly.common.domain.UserPreferences;
import dev.polly.common.store.PreferencesStore;
import java.time.Instant;

/**
 * A user's dashboard preferences in the API's JSON form: reads and writes go through {@link
 * PreferencesStore} (PostgreSQL first, then the cache entry invalidated everywhere); ids travel as
 * snowflake strings and the time zone must be an IANA name ({@link PollRules#checkZone}).
 */
public final class PreferencesService {
  private final PreferencesStore store;

  public PreferencesService(PreferencesStore store) {
    this.store = store;
  }

  public PreferencesView get(long userId) {
    return view(load(userId));
  }

  /**
   * The preferences as of the user's write at {@code writtenAt} or later (null: any cached copy),
   * for read-your-writes across instances.
   */
  public PreferencesView get(long userId, Instant writtenAt) {
    return view(store.load(userId, writtenAt));
  }

  /** Loads through the cache (also used by cache warming). */
  public UserPreferences load(long userId) {
    return store.load(userId);
  }

  /** Replaces every field (absent fields become empty). */
  public PreferencesView replace(long userId, PreferencesRequest request) {
    return view(store.replace(validate(userId, request)));
  }

  /** Changes only the fields present in the request. */
  public PreferencesView patch(long userId, PreferencesRequest request) {
    return view(store.patch(validate(userId, request)));
  }

  private static UserPreferences validate(long userId, PreferencesRequest r) {
    Errors e = new Errors();
    Long guild = e.snowflake("last_guild_id", r.lastGuildId(), false);
    Long channel = e.snowflake("last_channel_id", r.lastChannelId(), false);
    Long role = e.snowflake("last_role_id", r.lastRoleId(), false);
    e.addAll(PollRules.checkZone(r.timezone()));
    e.throwIfAny();
    return new UserPreferences(userId, guild, channel, role, r.timezone(), null);
  }

  private static PreferencesView view(UserPreferences p) {
    return new PreferencesView(
        Snowflakes.format(p.userId()),
        Snowflakes.format(p.lastGuildId()),
        Snowflakes.format(p.lastChannelId()),
        Snowflakes.format(p.lastRoleId()),
        p.timezone(),
        p.updatedAt());
  }
}
