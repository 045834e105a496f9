package dev.polly.api.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.api.discord.DiscordHttp.DiscordResponse;
import dev.polly.api.errors.DiscordUnavailableException;
import dev.polly.api.errors.NotAuthenticatedException;
import dev.polly.api.errors.ResourceNotFoundException;
import dev.polly.common.config.DiscordFactory;
import dev.polly.common.domain.GuildChannel;
import dev.polly.common.domain.GuildEmoji;
import dev.polly.common.domain.GuildRole;
import dev.polly.common.domain.UserGuild;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Discord's REST API as the dashboard needs it: the OAuth code exchange and the user's identity and
 * guilds (user token), and guild channels, roles and emojis plus the bot's own guilds (bot token).
 * The base URL comes from config so tests can point it at a local fake; rate limits are handled by
 * {@link DiscordHttp}.
 */
public final class DiscordRestClient implements GuildSource {
  /** Channel types the bot can post a poll in: text and announcement. */
  static final Set<Integer> POSTABLE_CHANNEL_TYPES = Set.of(0, 5);

  private static final int GUILD_PAGE = 200;
  private static final int MAX_GUILD_PAGES = 500;
  private static final long ADMINISTRATOR = 1L << 3;
  private static final long MANAGE_GUILD = 1L << 5;

  private final DiscordHttp http;
  private final DiscordFactory config;
  private final Duration timeout;
  private volatile Long botUserId;

  public DiscordRestClient(DiscordHttp http, DiscordFactory config, Duration timeout) {
    this.http = http;
    this.config = config;
    this.timeout = timeout;
  }

  /** Exchanges an authorization code; a rejected code is a 401 for the caller. */
  public OAuthTokens exchangeCode(String code) {
    String form =
        "grant_type=authorization_code&code="
            + enc(code)
            + "&redirect_uri="
            + enc(config.getRedirectUri())
            + "&client_id="
            + enc(config.getClientId())
            + "&client_secret="
            + enc(config.getClientSecret());
    HttpRequest request =
        base("/oauth2/token")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    DiscordResponse response = http.send("POST /oauth2/token", request);
    if (!response.ok()) {
      throw new NotAuthenticatedException("oauth_failed", "Discord rejected the login code");
    }
    JsonNode body = http.json(response);
    String token = body.path("access_token").asText("");
    if (token.isEmpty()) {
      throw new DiscordUnavailableException("Discord sent no access token");
    }
    return new OAuthTokens(
        token, body.path("token_type").asText("Bearer"), body.path("scope").asText(""));
  }

  public DiscordUser currentUser(String accessToken) {
    JsonNode me = userGet("/users/@me", accessToken);
    return new DiscordUser(
        me.path("id").asLong(), me.path("username").asText(""), text(me, "avatar"));
  }

  /** The user's guilds; {@code canManage} with Manage Server, Administrator or ownership. */
  public List<UserGuild> currentUserGuilds(String accessToken) {
    return allGuilds(path -> userGet(path, accessToken));
  }

  /** The guilds the bot is in (bot token), all pages. */
  @Override
  public List<UserGuild> botGuilds() {
    return allGuilds(this::botGet);
  }

  /** Follows Discord's pagination of {@code /users/@me/guilds} (200 per page, by {@code after}). */
  private List<UserGuild> allGuilds(java.util.function.Function<String, JsonNode> get) {
    List<UserGuild> all = new ArrayList<>();
    String after = "0";
    for (int page = 0; page < MAX_GUILD_PAGES; page++) {
      JsonNode batch = get.apply("/users/@me/guilds?limit=" + GUILD_PAGE + "&after=" + after);
      List<UserGuild> guilds = guildList(batch);
      all.addAll(guilds);
      if (guilds.size() < GUILD_PAGE) {
        break;
      }
      after = Long.toString(guilds.get(guilds.size() - 1).id());
    }
    return all;
  }

  /**
   * Text and announcement channels where the bot can post a poll, computed from the guild's owner
   * and roles ({@code GET /guilds/{id}}), the bot's member roles ({@code GET
   * /guilds/{id}/members/{bot}}) and each channel's {@code permission_overwrites}.
   */
  @Override
  public List<GuildChannel> channels(long guildId) {
    ChannelPermissions.Guild guild = permissionGuild(botGet("/guilds/" + guildId));
    ChannelPermissions.Member bot = botMember(guildId);
    List<GuildChannel> channels = new ArrayList<>();
    for (JsonNode c : botGet("/guilds/" + guildId + "/channels")) {
      int type = c.path("type").asInt(-1);
      if (POSTABLE_CHANNEL_TYPES.contains(type)
          && ChannelPermissions.canPostPoll(guild, bot, overwrites(c))) {
        channels.add(
            new GuildChannel(
                c.path("id").asLong(),
                c.path("name").asText(""),
                type,
                c.path("position").asInt()));
      }
    }
    return channels;
  }

  private ChannelPermissions.Member botMember(long guildId) {
    return member(guildId, botUserId());
  }

  private ChannelPermissions.Member member(long guildId, long userId) {
    JsonNode member = botGet("/guilds/" + guildId + "/members/" + userId);
    List<Long> roles = new ArrayList<>();
    member.path("roles").forEach(r -> roles.add(r.asLong()));
    return new ChannelPermissions.Member(userId, roles);
  }

  /**
   * With the bot token: the member's roles ({@code GET /guilds/{id}/members/{user}}) against the
   * guild's owner and role permissions ({@code GET /guilds/{id}}). A 403 or 404 on either (not a
   * member, or the bot is not in the guild) is a "no".
   */
  @Override
  public boolean memberCanManage(long guildId, long userId) {
    try {
      ChannelPermissions.Member member = member(guildId, userId);
      ChannelPermissions.Guild guild = permissionGuild(botGet("/guilds/" + guildId));
      return (ChannelPermissions.base(guild, member) & (ADMINISTRATOR | MANAGE_GUILD)) != 0;
    } catch (ResourceNotFoundException e) {
      return false;
    }
  }

  /** The bot's own user id ({@code GET /users/@me}), asked once. */
  private long botUserId() {
    Long id = botUserId;
    if (id == null) {
      id = botGet("/users/@me").path("id").asLong();
      botUserId = id;
    }
    return id;
  }

  private static ChannelPermissions.Guild permissionGuild(JsonNode guild) {
    Map<Long, Long> roles = new HashMap<>();
    guild
        .path("roles")
        .forEach(
            r ->
                roles.put(r.path("id").asLong(), parsePermissions(r.path("permissions").asText())));
    return new ChannelPermissions.Guild(
        guild.path("id").asLong(), guild.path("owner_id").asLong(), roles);
  }

  private static List<ChannelPermissions.Overwrite> overwrites(JsonNode channel) {
    List<ChannelPermissions.Overwrite> out = new ArrayList<>();
    for (JsonNode o : channel.path("permission_overwrites")) {
      out.add(
          new ChannelPermissions.Overwrite(
              o.path("id").asLong(),
              o.path("type").asInt() == 1,
              parsePermissions(o.path("allow").asText("0")),
              parsePermissions(o.path("deny").asText("0"))));
    }
    return out;
  }

  /** Every role of a guild (the caller filters what it may ping). */
  @Override
  public List<GuildRole> roles(long guildId) {
    List<GuildRole> roles = new ArrayList<>();
    for (JsonNode r : botGet("/guilds/" + guildId + "/roles")) {
      roles.add(
          new GuildRole(
              r.path("id").asLong(),
              r.path("name").asText(""),
              r.path("position").asInt(),
              r.path("mentionable").asBoolean(false),
              r.path("managed").asBoolean(false)));
    }
    return roles;
  }

  @Override
  public List<GuildEmoji> emojis(long guildId) {
    List<GuildEmoji> emojis = new ArrayList<>();
    for (JsonNode e : botGet("/guilds/" + guildId + "/emojis")) {
      emojis.add(
          new GuildEmoji(
              e.path("id").asLong(), e.path("name").asText(""), e.path("animated").asBoolean()));
    }
    return emojis;
  }

  /** Whether Discord's REST API answers at all ({@code GET /gateway}, no token needed). */
  public boolean reachable() {
    return http.send("GET /gateway", base("/gateway").GET().build()).ok();
  }

  private JsonNode userGet(String path, String accessToken) {
    HttpRequest request = base(path).header("Authorization", "Bearer " + accessToken).GET().build();
    DiscordResponse response = http.send("GET " + route(path), request);
    if (response.status() == 401) {
      throw new NotAuthenticatedException("oauth_failed", "Discord rejected the user token");
    }
    return checked(response, path);
  }

  private JsonNode botGet(String path) {
    if (!config.hasToken()) {
      throw new DiscordUnavailableException("No bot token is configured");
    }
    HttpRequest request =
        base(path).header("Authorization", "Bot " + config.getToken()).GET().build();
    return checked(http.send("GET " + route(path), request), path);
  }

  private JsonNode checked(DiscordResponse response, String path) {
    if (response.status() == 403 || response.status() == 404) {
      throw new ResourceNotFoundException("guild_unavailable", "The bot cannot see " + path);
    }
    if (!response.ok()) {
      throw new DiscordUnavailableException("Discord answered " + response.status());
    }
    return http.json(response);
  }

  private List<UserGuild> guildList(JsonNode guilds) {
    List<UserGuild> out = new ArrayList<>();
    for (JsonNode g : guilds) {
      long perms = parsePermissions(g.path("permissions").asText("0"));
      boolean manage =
          g.path("owner").asBoolean(false) || (perms & (ADMINISTRATOR | MANAGE_GUILD)) != 0;
      out.add(
          new UserGuild(g.path("id").asLong(), g.path("name").asText(""), text(g, "icon"), manage));
    }
    return out;
  }

  private static String route(String path) {
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  static long parsePermissions(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return 0L;
    }
  }

  private HttpRequest.Builder base(String path) {
    return HttpRequest.newBuilder(URI.create(stripSlash(config.getApiBaseUrl()) + path))
        .timeout(timeout)
        .header("User-Agent", "DiscordBot (https://github.com/polly, 0.1) polly-api")
        .header("Accept", "application/json");
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
