package dev.polly.bot.support;

import static org.awaitility.Awaitility.await;

import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.RecordedCall;
import java.time.Duration;
import java.util.Optional;

/** Waits for what the bot posts in the test guild's channel. */
public final class ChannelPosts {
  private ChannelPosts() {}

  /** The first post in the guild's channel that attaches {@code file}, waiting up to 10 s. */
  public static RecordedCall awaitFile(FakeDiscord discord, String file) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> withFile(discord, file), Optional::isPresent)
        .orElseThrow();
  }

  private static Optional<RecordedCall> withFile(FakeDiscord discord, String file) {
    return discord.posts(discord.guild().channelId()).stream()
        .filter(p -> p.files().containsKey(file))
        .findFirst();
  }
}
