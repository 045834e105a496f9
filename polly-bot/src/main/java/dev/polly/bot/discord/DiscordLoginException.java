package dev.polly.bot.discord;

/** Discord refused the bot's login; its message is the one line shown to the operator. */
public final class DiscordLoginException extends RuntimeException {
  public DiscordLoginException(String message) {
    super(message, null, false, false);
  }
}
