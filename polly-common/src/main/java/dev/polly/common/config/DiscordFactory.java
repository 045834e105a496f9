package dev.polly.common.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Discord credentials and endpoints. The base URLs default to Discord's and are overridden in tests
 * to point at a local fake. Secrets are never logged: {@link #toString()} masks them.
 */
public class DiscordFactory {
  /** Bot token; required by the bot, used by the API for guild data. Empty means unset. */
  @NotNull private String token = "";

  @NotNull private String clientId = "";
  @NotNull private String clientSecret = "";
  @NotNull private String redirectUri = "http://localhost:8080/auth/callback";

  /** REST base including the version, e.g. {@code https://discord.com/api/v10}. */
  @NotBlank private String apiBaseUrl = "https://discord.com/api/v10";

  /** OAuth2 authorize page. */
  @NotBlank private String authorizeUrl = "https://discord.com/oauth2/authorize";

  /** Gateway override for tests ({@code ws://127.0.0.1:PORT/}); empty means Discord's own. */
  @NotNull private String gatewayUrl = "";

  @JsonProperty
  public String getToken() {
    return token;
  }

  @JsonProperty
  public void setToken(String token) {
    this.token = token;
  }

  @JsonProperty
  public String getClientId() {
    return clientId;
  }

  @JsonProperty
  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  @JsonProperty
  public String getClientSecret() {
    return clientSecret;
  }

  @JsonProperty
  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  @JsonProperty
  public String getRedirectUri() {
    return redirectUri;
  }

  @JsonProperty
  public void setRedirectUri(String redirectUri) {
    this.redirectUri = redirectUri;
  }

  @JsonProperty
  public String getApiBaseUrl() {
    return apiBaseUrl;
  }

  @JsonProperty
  public void setApiBaseUrl(String apiBaseUrl) {
    this.apiBaseUrl = apiBaseUrl;
  }

  @JsonProperty
  public String getAuthorizeUrl() {
    return authorizeUrl;
  }

  @JsonProperty
  public void setAuthorizeUrl(String authorizeUrl) {
    this.authorizeUrl = authorizeUrl;
  }

  @JsonProperty
  public String getGatewayUrl() {
    return gatewayUrl;
  }

  @JsonProperty
  public void setGatewayUrl(String gatewayUrl) {
    this.gatewayUrl = gatewayUrl;
  }

  public boolean hasToken() {
    return !token.isBlank();
  }

  @Override
  public String toString() {
    return "DiscordFactory{apiBaseUrl="
        + apiBaseUrl
        + ", gatewayUrl="
        + gatewayUrl
        + ", clientId="
        + clientId
        + ", token=***, clientSecret=***}";
  }
}
