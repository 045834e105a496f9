package dev.polly.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.Test;

/**
 * README's "Discord setup" lists every gateway intent the bot asks for, and marks the privileged
 * ones (which must be switched on in the developer portal, or Discord refuses the connection).
 */
class DiscordSetupReadmeTest {
  private static final Set<GatewayIntent> PRIVILEGED =
      Set.of(
          GatewayIntent.GUILD_MEMBERS,
          GatewayIntent.GUILD_PRESENCES,
          GatewayIntent.MESSAGE_CONTENT);

  @Test
  void everyIntentTheBotAsksForIsDocumentedWithWhetherItIsPrivileged() throws IOException {
    String readme = Files.readString(RepoFiles.root().resolve("README.md"));

    for (GatewayIntent intent : JdaFactory.INTENTS) {
      String row =
          "| `" + intent.name() + "` | " + (PRIVILEGED.contains(intent) ? "**yes**" : "no");
      assertThat(readme).as(intent.name()).contains(row);
    }
    assertThat(readme).contains("| `GUILDS` | no |");
  }
}
