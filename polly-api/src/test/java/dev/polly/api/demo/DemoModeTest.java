package dev.polly.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.api.support.FakeDiscord;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.common.persistence.BallotDao;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.channels.ServerSocketChannel;
import java.time.Clock;
import java.util.Arrays;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Demo mode end to end over HTTP: the demo sign-in, the seeded demo guild and polls, nothing sent
 * to Discord, and the application port on loopback only.
 */
class DemoModeTest {
  @RegisterExtension
  static final RunningApi API = RunningApi.of(FakeDiscord::empty, d -> DemoApps.create(true, d));

  static Http http;
  static String demo;

  @BeforeAll
  static void signIn() {
    http = API.http();
    Http.Resp signIn =
        http.send(
            http.request("/auth/demo", null).POST(HttpRequest.BodyPublishers.noBody()).build());
    assertThat(signIn.status()).as(signIn.body()).isEqualTo(204);
    // cookieSecure is on (as shipped), yet the demo's plain http://127.0.0.1 needs a plain cookie
    assertThat(signIn.all("Set-Cookie"))
        .filteredOn(c -> c.startsWith("polly_session="))
        .singleElement()
        .asString()
        .contains("HttpOnly")
        .doesNotContainIgnoringCase("secure");
    demo = Login.cookieValue(signIn, "polly_session");
  }

  @Test
  @DisplayName("the sign-in options offer the demo user and no Discord login")
  void optionsOfferTheDemo() {
    JsonNode options = http.get("/auth/options", null).json();

    assertThat(options.path("demo").asBoolean()).isTrue();
    assertThat(options.path("discord_login").asBoolean()).isFalse();
  }

  @Test
  @DisplayName("/auth/login sends the browser to the dashboard's demo sign-in, not to Discord")
  void loginRedirectsToTheDashboard() {
    Http.Resp login = http.get("/auth/login", null);

    assertThat(login.status()).isEqualTo(303);
    assertThat(login.header("Location")).isEqualTo(http.base() + "/");
    assertThat(login.all("Set-Cookie")).isEmpty();
  }

  @Test
  @DisplayName("the demo user manages the demo guild, whose data comes from the demo source")
  void demoUserSeesTheDemoGuild() {
    JsonNode me = http.get("/api/me", demo).json();
    assertThat(me.path("id").asText()).isEqualTo(Long.toString(DemoGuild.USER_ID));

    JsonNode guilds = http.get("/api/guilds", demo).json();
    assertThat(guilds.findValuesAsText("name")).containsExactly(DemoGuild.GUILD_NAME);
    assertThat(guilds.get(0).path("bot_present").asBoolean()).isTrue();

    String guild = "/api/guilds/" + DemoGuild.GUILD_ID;
    assertThat(http.get(guild + "/channels", demo).json().findValuesAsText("name"))
        .containsExactly("general", "polls", "announcements");
    assertThat(http.get(guild + "/roles", demo).json().findValuesAsText("name"))
        .containsExactly("Moderators", "Voters");
    assertThat(http.get(guild + "/emojis", demo).json().findValuesAsText("name")).hasSize(3);
  }

  @Test
  @DisplayName(
      "the demo guild starts with polls in every state, with votes and a ranked poll's ballots,"
          + " seeded once")
  void demoPollsAreSeededOnce() {
    JsonNode page = http.get("/api/polls?guild=" + DemoGuild.GUILD_ID + "&size=50", demo).json();
    assertThat(status(page, "Team lunch")).isEqualTo("active");
    assertThat(status(page, "Anonymous feedback")).isEqualTo("active");
    assertThat(status(page, "New server icon")).isEqualTo("closed");
    assertThat(status(page, "Next movie night")).isEqualTo("scheduled");
    String lunch = field(page, "Team lunch", "id");
    JsonNode results = http.get("/api/polls/" + lunch + "/results", demo).json();
    assertThat(results.path("total_votes").asLong()).isEqualTo(16);
    assertThat(status(page, "Club mascot")).isEqualTo("active");
    JsonNode runoff =
        http.get("/api/polls/" + field(page, "Club mascot", "id") + "/results", demo).json();
    assertThat(runoff.path("ballots").asLong()).isEqualTo(8);
    assertThat(runoff.path("rounds")).hasSize(2); // Otter out, then Fox beats Owl 5 to 3
    assertThat(runoff.path("winners").get(0).asInt()).isEqualTo(1);

    // WHEN the seeder runs again, as on a restart THEN it adds nothing
    var backends = API.backends();
    long before = backends.polls().countByGuild(DemoGuild.GUILD_ID, null);
    int again =
        new DemoSeeder(
                backends.polls(),
                backends.votes(),
                backends.jdbi().onDemand(BallotDao.class),
                Clock.systemUTC())
            .seed();

    assertThat(again).isZero();
    assertThat(backends.polls().countByGuild(DemoGuild.GUILD_ID, null)).isEqualTo(before);
  }

  @Test
  @DisplayName("a poll created in demo mode is stored, and nothing is ever sent to Discord")
  void nothingGoesToDiscord() {
    String body =
        "{\"guild_id\":\""
            + DemoGuild.GUILD_ID
            + "\",\"channel_id\":\""
            + DemoGuild.GENERAL
            + "\",\"title\":\"Demo\",\"question\":\"Works?\",\"options\":[{\"label\":\"Yes\"},"
            + "{\"label\":\"No\"}],\"duration_minutes\":60,\"timezone\":\"UTC\"}";

    Http.Resp created = http.json("POST", "/api/polls", demo, body);
    Http.Resp hidden =
        http.json(
            "POST",
            "/api/polls",
            demo,
            body.replace(Long.toString(DemoGuild.GENERAL), Long.toString(DemoGuild.STAFF_ONLY)));
    API.admin().get("/healthcheck", null);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(hidden.status()).isEqualTo(422);
    assertThat(API.discord().totalHits()).isZero();
  }

  @Test
  @DisplayName("the application port listens on loopback only")
  void bindsToLoopbackOnly() throws IOException {
    DefaultServerFactory server =
        (DefaultServerFactory) API.app().getConfiguration().getServerFactory();
    assertThat(server.getApplicationConnectors())
        .allSatisfy(
            c -> assertThat(((HttpConnectorFactory) c).getBindHost()).isEqualTo("127.0.0.1"));

    // the socket the application connector actually listens on (read locally, no traffic sent)
    ServerConnector application =
        Arrays.stream(
                API.app().getEnvironment().getApplicationContext().getServer().getConnectors())
            .map(ServerConnector.class::cast)
            .filter(c -> c.getLocalPort() == API.app().getLocalPort())
            .findFirst()
            .orElseThrow();
    ServerSocketChannel channel = (ServerSocketChannel) application.getTransport();
    InetSocketAddress bound = (InetSocketAddress) channel.getLocalAddress();
    assertThat(bound.getAddress().isLoopbackAddress()).as(bound.toString()).isTrue();
  }

  private static String status(JsonNode page, String title) {
    return field(page, title, "status");
  }

  private static String field(JsonNode page, String title, String field) {
    for (JsonNode poll : page.path("items")) {
      if (poll.path("title").asText().equals(title)) {
        return poll.path(field).asText();
      }
    }
    throw new AssertionError("no poll titled " + title + " in " + page);
  }
}
