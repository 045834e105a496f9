package dev.polly.api.discord;

import static dev.polly.api.discord.ChannelPermissions.ADMINISTRATOR;
import static dev.polly.api.discord.ChannelPermissions.EMBED_LINKS;
import static dev.polly.api.discord.ChannelPermissions.SEND_MESSAGES;
import static dev.polly.api.discord.ChannelPermissions.VIEW_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.discord.ChannelPermissions.Guild;
import dev.polly.api.discord.ChannelPermissions.Member;
import dev.polly.api.discord.ChannelPermissions.Overwrite;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The cases follow Discord's "Permissions" documentation: base permissions from {@code @everyone}
 * and the member's roles, Administrator and ownership granting everything, and overwrites applied
 * {@code @everyone} first, then all role overwrites together, then the member's own.
 */
class ChannelPermissionsTest {
  private static final long GUILD = 100;
  private static final long OWNER = 1;
  private static final long BOT = 2;
  private static final long MODS = 10;
  private static final long HELPERS = 11;
  private static final long ADMINS = 12;
  private static final long POST = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS;

  private static final Guild GUILD_ROLES =
      new Guild(
          GUILD,
          OWNER,
          Map.of(GUILD, POST, MODS, 0L, HELPERS, SEND_MESSAGES, ADMINS, ADMINISTRATOR));

  @Test
  @DisplayName("a member's base permissions are @everyone's ORed with each of their roles'")
  void basePermissionsCombineEveryoneAndRoles() {
    Guild guild = new Guild(GUILD, OWNER, Map.of(GUILD, VIEW_CHANNEL, HELPERS, SEND_MESSAGES));

    assertThat(ChannelPermissions.base(guild, new Member(BOT, List.of()))).isEqualTo(VIEW_CHANNEL);
    assertThat(ChannelPermissions.base(guild, new Member(BOT, List.of(HELPERS))))
        .isEqualTo(VIEW_CHANNEL | SEND_MESSAGES);
  }

  @Test
  @DisplayName("the owner and Administrator have every permission, whatever the overwrites")
  void ownerAndAdministratorIgnoreOverwrites() {
    List<Overwrite> denyAll = List.of(new Overwrite(GUILD, false, 0, -1L));

    assertThat(ChannelPermissions.canPostPoll(GUILD_ROLES, new Member(OWNER, List.of()), denyAll))
        .isTrue();
    assertThat(
            ChannelPermissions.canPostPoll(GUILD_ROLES, new Member(BOT, List.of(ADMINS)), denyAll))
        .isTrue();
    assertThat(ChannelPermissions.canPostPoll(GUILD_ROLES, new Member(BOT, List.of()), denyAll))
        .isFalse();
  }

  @Test
  @DisplayName("an @everyone overwrite that denies View Channel hides the channel")
  void everyoneOverwriteDeniesView() {
    List<Overwrite> privateChannel = List.of(new Overwrite(GUILD, false, 0, VIEW_CHANNEL));

    assertThat(
            ChannelPermissions.canPostPoll(
                GUILD_ROLES, new Member(BOT, List.of(MODS)), privateChannel))
        .isFalse();
  }

  @Test
  @DisplayName("a role overwrite's allow beats the @everyone overwrite's deny")
  void roleAllowBeatsEveryoneDeny() {
    List<Overwrite> overwrites =
        List.of(
            new Overwrite(GUILD, false, 0, VIEW_CHANNEL),
            new Overwrite(MODS, false, VIEW_CHANNEL, 0));

    assertThat(
            ChannelPermissions.canPostPoll(GUILD_ROLES, new Member(BOT, List.of(MODS)), overwrites))
        .isTrue();
    assertThat(ChannelPermissions.canPostPoll(GUILD_ROLES, new Member(BOT, List.of()), overwrites))
        .isFalse();
  }

  @Test
  @DisplayName("role overwrites combine: an allow from one role beats a deny from another")
  void roleOverwritesCombineWithAllowWinning() {
    List<Overwrite> overwrites =
        List.of(
            new Overwrite(MODS, false, 0, SEND_MESSAGES),
            new Overwrite(HELPERS, false, SEND_MESSAGES, 0));

    long inChannel =
        ChannelPermissions.inChannel(
            GUILD_ROLES, new Member(BOT, List.of(MODS, HELPERS)), overwrites);

    assertThat(inChannel & SEND_MESSAGES).isEqualTo(SEND_MESSAGES);
    assertThat(
            ChannelPermissions.inChannel(GUILD_ROLES, new Member(BOT, List.of(MODS)), overwrites)
                & SEND_MESSAGES)
        .isZero();
  }

  @Test
  @DisplayName("the member's own overwrite is applied last and beats every role overwrite")
  void memberOverwriteIsApplidLast() {
    List<Overwrite> overwrites =
        List.of(
            new Overwrite(HELPERS, false, EMBED_LINKS, 0),
            new Overwrite(BOT, true, 0, EMBED_LINKS));

    assertThat(
            ChannelPermissions.canPostPoll(
                GUILD_ROLES, new Member(BOT, List.of(HELPERS)), overwrites))
        .isFalse();
    assertThat(
            ChannelPermissions.canPostPoll(
                GUILD_ROLES,
                new Member(BOT, List.of()),
                List.of(new Overwrite(GUILD, false, 0, POST), new Overwrite(BOT, true, POST, 0))))
        .isTrue();
  }

  @Test
  @DisplayName("another member's overwrite and overwrites of roles the member lacks change nothing")
  void ignoresOverwritesThatDoNotApply() {
    List<Overwrite> overwrites =
        List.of(new Overwrite(OWNER, true, 0, POST), new Overwrite(MODS, false, 0, POST));

    assertThat(ChannelPermissions.canPostPoll(GUILD_ROLES, new Member(BOT, List.of()), overwrites))
        .isTrue();
  }

  @Test
  @DisplayName("posting a poll takes all of View Channel, Send Messages and Embed Links")
  void postingNeedsAllThree() {
    Guild noEmbeds = new Guild(GUILD, OWNER, Map.of(GUILD, VIEW_CHANNEL | SEND_MESSAGES));

    assertThat(ChannelPermissions.canPostPoll(noEmbeds, new Member(BOT, List.of()), List.of()))
        .isFalse();
    assertThat(ChannelPermissions.canPostPoll(GUILD_ROLES, new Member(BOT, List.of()), List.of()))
        .isTrue();
  }
}
