package dev.polly.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.polly.common.config.PollyConfiguration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The API's view of {@code config.yml}: the shared sections plus {@code api}; {@code bot} is the
 * bot's.
 */
@JsonIgnoreProperties({"bot"})
public class ApiConfiguration extends PollyConfiguration {
  @Valid @NotNull private ApiSettings api = new ApiSettings();

  @JsonProperty("api")
  public ApiSettings getApi() {
    return api;
  }

  @JsonProperty("api")
  public void setApi(ApiSettings api) {
    this.api = api;
  }
}
