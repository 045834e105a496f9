package dev.polly.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.polly.common.config.PollyConfiguration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The API's view of {@code config.yml}: the shared sections plus {@code api}; {@code bot} is the
 * bot's.
 */
@JsonIgnoreProperties({"bot"})
public class ApiConfiguration extends PollyConfiguration {
  @Valid @NotNull private ApiSettings api = new ApiSettings();

  /**
   * Demo mode never talks to Discord, so a configured Discord application is a mistake: refusing to
   * start beats a dashboard that mixes demo data with a real login.
   */
  @ValidationMethod(
      message =
          "POLLY_DEMO=true cannot run with DISCORD_CLIENT_ID set: demo mode never talks to Discord;"
              + " unset one of them")
  @JsonIgnore
  public boolean isDemoWithoutDiscordApplication() {
    return !api.isDemo() || getDiscord().getClientId().isBlank();
  }

  @JsonProperty("api")
  public ApiSettings getApi() {
    return api;
  }

  @JsonProperty("api")
  public void setApi(ApiSettings api) {
    this.api = api;
  }
}
