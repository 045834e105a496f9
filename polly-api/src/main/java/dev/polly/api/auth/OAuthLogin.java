package dev.polly.api.auth;

import dev.polly.api.discord.DiscordRestClient;
import dev.polly.api.discord.DiscordUser;
import dev.polly.api.discord.OAuthTokens;
import dev.polly.common.config.DiscordFactory;
import dev.polly.common.domain.UserGuild;
import dev.polly.common.domain.UserGuilds;
import dev.polly.common.store.UserGuildsStore;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Discord OAuth2 login (scopes {@code identify guilds}): builds the authorize URL, and at callback
 * exchanges the code, reads the user and their guilds, caches the guild list in {@code
 * user_guilds}, and creates a session whose manageable guilds are those with Manage Server or
 * Administrator. The user's access token is used only during the callback and never stored.
 */
public final class OAuthLogin {
  static final String SCOPES = "identify guilds";

  private final DiscordFactory discordConfig;
  private final DiscordRestClient discord;
  private final UserGuildsStore userGuilds;
  private final SessionService sessions;

  public OAuthLogin(
      DiscordFactory discordConfig,
      DiscordRestClient discord,
      UserGuildsStore userGuilds,
      SessionService sessions) {
    this.discordConfig = discordConfig;
    this.discord = discord;
    this.userGuilds = userGuilds;
    this.sessions = sessions;
  }

  public URI authorizeUri(String state) {
    return URI.create(
        discordConfig.getAuthorizeUrl()
            + "?response_type=code&client_id="
            + enc(discordConfig.getClientId())
            + "&scope="
            + enc(SCOPES)
            + "&state="
            + enc(state)
            + "&redirect_uri="
            + enc(discordConfig.getRedirectUri())
            + "&prompt=none");
  }

  public SessionService.Issued complete(String code) {
    OAuthTokens tokens = discord.exchangeCode(code);
    DiscordUser user = discord.currentUser(tokens.accessToken());
    List<UserGuild> guilds = discord.currentUserGuilds(tokens.accessToken());
    userGuilds.save(new UserGuilds(user.id(), guilds));
    List<Long> manageable =
        guilds.stream().filter(UserGuild::canManage).map(UserGuild::id).toList();
    return sessions.create(user.id(), user.username(), user.avatar(), manageable);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
