package dev.polly.api.discord;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The link that adds the bot to a guild: Discord's authorize page with the application's client id,
 * scopes {@code bot applications.commands}, the permissions the bot needs ({@link #PERMISSIONS})
 * and the guild preselected. Without a client id (demo mode) there is no link.
 */
public final class BotInvite {
  /**
   * View channels, send messages, embed links (poll embeds), attach files (the results chart on a
   * close announcement), read message history (editing its own posts after a restart) and use
   * external emojis (options with another server's emoji).
   */
  public static final long PERMISSIONS =
      ChannelPermissions.VIEW_CHANNEL
          | ChannelPermissions.SEND_MESSAGES
          | ChannelPermissions.EMBED_LINKS
          | (1L << 15)
          | (1L << 16)
          | (1L << 18);

  private final String authorizeUrl;
  private final String clientId;

  public BotInvite(String authorizeUrl, String clientId) {
    this.authorizeUrl = authorizeUrl;
    this.clientId = clientId;
  }

  /** The invite link for a guild, or null when no client id is configured. */
  public String forGuild(long guildId) {
    if (clientId == null || clientId.isBlank()) {
      return null;
    }
    return authorizeUrl
        + "?client_id="
        + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
        + "&scope=bot%20applications.commands&permissions="
        + PERMISSIONS
        + "&guild_id="
        + guildId
        + "&disable_guild_select=true";
  }
}
