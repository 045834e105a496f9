package dev.polly.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MinDataSize;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code api} section of {@code config.yml}: login sessions (secret, lifetime, cookie flags),
 * the dashboard's origins for CORS, the dashboard URL to return to after login, and request limits.
 * An empty {@code sessionSecret} makes the application generate a random one per process, which
 * only suits a single instance in development.
 */
public class ApiSettings {
  @NotNull private String sessionSecret = "";

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.MINUTES)
  private Duration sessionTtl = Duration.days(7);

  private boolean cookieSecure = true;

  @NotBlank private String sessionCookie = "polly_session";

  /**
   * Comma-separated origins of a dashboard hosted elsewhere, e.g. {@code https://polly.example};
   * empty (the default) allows only the API's own origin, where the dashboard is served.
   */
  @NotNull private String dashboardOrigins = "";

  /** Where the browser goes after signing in: the dashboard served by the API itself. */
  @NotBlank private String dashboardUrl = "/";

  @NotNull
  @MinDataSize(1024)
  @MaxDataSize(10 * 1024 * 1024)
  private DataSize maxBodySize = DataSize.kibibytes(64);

  @NotNull
  @MinDataSize(256)
  private DataSize maxDraftSize = DataSize.kibibytes(16);

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.MINUTES)
  private Duration draftTtl = Duration.days(7);

  @NotNull
  @MinDuration(value = 30, unit = TimeUnit.SECONDS)
  private Duration oauthStateTtl = Duration.minutes(10);

  @NotNull
  @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
  private Duration discordTimeout = Duration.seconds(5);

  /** Demo mode (POLLY_DEMO): a seeded demo guild and a demo sign-in, loopback only. */
  private boolean demo;

  /** Requests to each of /auth/login and /auth/callback per client address and period. */
  @Min(1)
  private int authRateLimit = 20;

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  private Duration authRatePeriod = Duration.minutes(1);

  @JsonProperty
  public String getSessionSecret() {
    return sessionSecret;
  }

  @JsonProperty
  public void setSessionSecret(String sessionSecret) {
    this.sessionSecret = sessionSecret;
  }

  @JsonProperty
  public Duration getSessionTtl() {
    return sessionTtl;
  }

  @JsonProperty
  public void setSessionTtl(Duration sessionTtl) {
    this.sessionTtl = sessionTtl;
  }

  @JsonProperty
  public boolean isCookieSecure() {
    return cookieSecure;
  }

  @JsonProperty
  public void setCookieSecure(boolean cookieSecure) {
    this.cookieSecure = cookieSecure;
  }

  @JsonProperty
  public String getSessionCookie() {
    return sessionCookie;
  }

  @JsonProperty
  public void setSessionCookie(String sessionCookie) {
    this.sessionCookie = sessionCookie;
  }

  @JsonProperty
  public String getDashboardOrigins() {
    return dashboardOrigins;
  }

  @JsonProperty
  public void setDashboardOrigins(String dashboardOrigins) {
    this.dashboardOrigins = dashboardOrigins;
  }

  /** The configured origins, trimmed, without empty entries or trailing slashes. */
  public List<String> dashboardOriginList() {
    return Arrays.stream(dashboardOrigins.split(","))
        .map(String::trim)
        .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
        .filter(o -> !o.isEmpty())
        .toList();
  }

  @JsonProperty
  public String getDashboardUrl() {
    return dashboardUrl;
  }

  @JsonProperty
  public void setDashboardUrl(String dashboardUrl) {
    this.dashboardUrl = dashboardUrl;
  }

  @JsonProperty
  public DataSize getMaxBodySize() {
    return maxBodySize;
  }

  @JsonProperty
  public void setMaxBodySize(DataSize maxBodySize) {
    this.maxBodySize = maxBodySize;
  }

  @JsonProperty
  public DataSize getMaxDraftSize() {
    return maxDraftSize;
  }

  @JsonProperty
  public void setMaxDraftSize(DataSize maxDraftSize) {
    this.maxDraftSize = maxDraftSize;
  }

  @JsonProperty
  public Duration getDraftTtl() {
    return draftTtl;
  }

  @JsonProperty
  public void setDraftTtl(Duration draftTtl) {
    this.draftTtl = draftTtl;
  }

  @JsonProperty
  public Duration getOauthStateTtl() {
    return oauthStateTtl;
  }

  @JsonProperty
  public void setOauthStateTtl(Duration oauthStateTtl) {
    this.oauthStateTtl = oauthStateTtl;
  }

  @JsonProperty
  public Duration getDiscordTimeout() {
    return discordTimeout;
  }

  @JsonProperty
  public void setDiscordTimeout(Duration discordTimeout) {
    this.discordTimeout = discordTimeout;
  }

  @JsonProperty
  public int getAuthRateLimit() {
    return authRateLimit;
  }

  @JsonProperty
  public void setAuthRateLimit(int authRateLimit) {
    this.authRateLimit = authRateLimit;
  }

  @JsonProperty
  public Duration getAuthRatePeriod() {
    return authRatePeriod;
  }

  @JsonProperty
  public void setAuthRatePeriod(Duration authRatePeriod) {
    this.authRatePeriod = authRatePeriod;
  }

  @JsonProperty
  public boolean isDemo() {
    return demo;
  }

  @JsonProperty
  public void setDemo(boolean demo) {
    this.demo = demo;
  }

  @Override
  public String toString() {
    return "ApiSettings{sessionSecret=***, sessionTtl="
        + sessionTtl
        + ", cookieSecure="
        + cookieSecure
        + ", dashboardOrigins="
        + dashboardOrigins
        + "}";
  }
}
