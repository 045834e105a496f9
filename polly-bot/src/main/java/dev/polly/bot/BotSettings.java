package dev.polly.bot;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The {@code bot} section of {@code config.yml}: its admin-only server, sharding, edit interval and
 * scheduler tick.
 *
 * <p>SKELETON: the bot work adds sharding and timings.
 */
public class BotSettings {
  @Valid @NotNull private ServerFactory server = adminOnlyServer(8082);

  static ServerFactory adminOnlyServer(int adminPort) {
    DefaultServerFactory factory = new DefaultServerFactory();
    factory.setApplicationConnectors(List.of());
    HttpConnectorFactory admin = new HttpConnectorFactory();
    admin.setPort(adminPort);
    factory.setAdminConnectors(List.of(admin));
    return factory;
  }

  @JsonProperty
  public ServerFactory getServer() {
    return server;
  }

  @JsonProperty
  public void setServer(ServerFactory server) {
    this.server = server;
  }
}
