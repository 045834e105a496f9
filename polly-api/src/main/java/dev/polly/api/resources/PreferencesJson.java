package dev.polly.api.resources;

import dev.polly.api.api.PreferencesRequest;
import dev.polly.api.api.PreferencesView;
import dev.polly.api.api.Snowflakes;
import dev.polly.api.requests.Errors;
import dev.polly.common.domain.PollRules;
import dev.polly.common.domain.UserPreferences;

/**
 * Preferences between their JSON form and the domain's: ids travel as snowflake strings and the
 * time zone must be an IANA name ({@link PollRules#checkZone}); a bad field is a 422 naming it.
 */
final class PreferencesJson {
  private PreferencesJson() {}

  /** The user's preferences the request describes (absent fields null); 422 when a field is bad. */
  static UserPreferences of(long userId, PreferencesRequest r) {
    Errors e = new Errors();
    Long guild = e.snowflake("last_guild_id", r.lastGuildId(), false);
    Long channel = e.snowflake("last_channel_id", r.lastChannelId(), false);
    Long role = e.snowflake("last_role_id", r.lastRoleId(), false);
    e.addAll(PollRules.checkZone(r.timezone()));
    e.throwIfAny();
    return new UserPreferences(userId, guild, channel, role, r.timezone(), null);
  }

  static PreferencesView view(UserPreferences p) {
    return new PreferencesView(
        Snowflakes.format(p.userId()),
        Snowflakes.format(p.lastGuildId()),
        Snowflakes.format(p.lastChannelId()),
        Snowflakes.format(p.lastRoleId()),
        p.timezone(),
        p.updatedAt());
  }
}
