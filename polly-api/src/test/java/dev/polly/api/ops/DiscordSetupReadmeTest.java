package dev.polly.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.discord.BotInvite;
import dev.polly.common.testing.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * README's "Discord setup" matches the code: the invite URL it prints is the one the dashboard
 * builds (scopes and permission integer), and the redirect URI it names is config.yml's default.
 */
class DiscordSetupReadmeTest {

  private static String readme() throws IOException {
    return Files.readString(RepoFiles.root().resolve("README.md"));
  }

  @Test
  void theInviteUrlIsTheOneTheDashboardBuilds() throws IOException {
    String documented =
        "https://discord.com/oauth2/authorize?client_id=CLIENT_ID"
            + "&scope=bot%20applications.commands&permissions="
            + BotInvite.PERMISSIONS;

    assertThat(readme()).contains(documented + "\n");
    assertThat(new BotInvite("https://discord.com/oauth2/authorize", "CLIENT_ID").forGuild(1))
        .startsWith(documented + "&");
    assertThat(readme()).contains("Permission integer\n   **" + BotInvite.PERMISSIONS + "**");
  }

  @Test
  void theRedirectUriIsConfigYmlsDefault() throws IOException {
    String config = Files.readString(RepoFiles.root().resolve("config.yml"));

    assertThat(config)
        .contains("redirectUri: ${DISCORD_REDIRECT_URI:-http://localhost:8080/auth/callback}");
    assertThat(readme())
        .contains(
            "`http://localhost:8080/auth/callback` locally (the default of\n"
                + "   `DISCORD_REDIRECT_URI`)");
  }
}
