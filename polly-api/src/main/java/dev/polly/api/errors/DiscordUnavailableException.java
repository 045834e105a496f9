package dev.polly.api.errors;

/** Discord's REST API failed or could not be reached (502). */
public class DiscordUnavailableException extends ApiException {
  public DiscordUnavailableException(String message) {
    super("discord_unavailable", message);
  }

  public DiscordUnavailableException(String code, String message) {
    super(code, message);
  }
}
