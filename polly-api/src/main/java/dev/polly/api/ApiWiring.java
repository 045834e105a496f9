package dev.polly.api;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.polly.api.api.DraftView;
import dev.polly.api.auth.AuthRateLimitFilter;
import dev.polly.api.auth.Cookies;
import dev.polly.api.auth.Hmac;
import dev.polly.api.auth.OAuthLogin;
import dev.polly.api.auth.OAuthStates;
import dev.polly.api.auth.SessionAuthenticator;
import dev.polly.api.auth.SessionPrincipal;
import dev.polly.api.auth.SessionService;
import dev.polly.api.auth.SessionSweeper;
import dev.polly.api.auth.SessionTokenFilter;
import dev.polly.api.core.Access;
import dev.polly.api.core.ChartService;
import dev.polly.api.core.DraftService;
import dev.polly.api.core.ExportService;
import dev.polly.api.core.GuildAuthority;
import dev.polly.api.core.GuildChecks;
import dev.polly.api.core.GuildService;
import dev.polly.api.core.LifecycleService;
import dev.polly.api.core.PollService;
import dev.polly.api.core.PreferencesService;
import dev.polly.api.core.ResultsInvalidator;
import dev.polly.api.core.ResultsService;
import dev.polly.api.demo.DemoGuildSource;
import dev.polly.api.demo.DemoLoginRedirect;
import dev.polly.api.demo.DemoSeeder;
import dev.polly.api.demo.DemoSignIn;
import dev.polly.api.discord.BotInvite;
import dev.polly.api.discord.DiscordHttp;
import dev.polly.api.discord.DiscordRestClient;
import dev.polly.api.discord.GuildSource;
import dev.polly.api.discord.RateLimitBuckets;
import dev.polly.api.errors.BodyLimitFilter;
import dev.polly.api.errors.DomainMappers;
import dev.polly.api.errors.ErrorResponses;
import dev.polly.api.errors.FrameworkMappers;
import dev.polly.api.errors.JsonErrorHandler;
import dev.polly.api.errors.OriginFilter;
import dev.polly.api.health.DiscordHealthCheck;
import dev.polly.api.health.HealthResource;
import dev.polly.api.health.JdbiDatabaseProbe;
import dev.polly.api.logging.RequestLogRedaction;
import dev.polly.api.requests.PollWrites;
import dev.polly.api.resources.AuthResource;
import dev.polly.api.resources.DraftResource;
import dev.polly.api.resources.GuildResource;
import dev.polly.api.resources.MeResource;
import dev.polly.api.resources.PingResource;
import dev.polly.api.resources.PollResource;
import dev.polly.api.resources.SignInOptionsResource;
import dev.polly.api.resources.WriteVersions;
import dev.polly.api.tasks.CacheInvalidateTask;
import dev.polly.api.tasks.CacheStatsTask;
import dev.polly.api.tasks.CacheWarmTask;
import dev.polly.api.web.OpenApiDocResource;
import dev.polly.api.web.OpenApiDocument;
import dev.polly.api.web.SecurityHeadersFilter;
import dev.polly.common.authority.GuildAuthorityCache;
import dev.polly.common.cache.CacheFactory;
import dev.polly.common.chart.ResultsChartRenderer;
import dev.polly.common.lifecycle.PollEditor;
import dev.polly.common.persistence.BallotDao;
import dev.polly.common.store.GuildDataStore;
import dev.polly.common.store.PollFactsStore;
import dev.polly.common.store.PollResultsStore;
import dev.polly.common.store.PreferencesStore;
import dev.polly.common.store.SessionStore;
import dev.polly.common.store.UserGuildsStore;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the API's object graph from the configuration and the polly-common backends and registers
 * it with Dropwizard: resources, filters, exception mappers, health checks and tasks. Called once
 * from {@link PollyApiApplication#run}; nothing here is static.
 */
public final class ApiWiring {
  private static final Logger LOG = LoggerFactory.getLogger(ApiWiring.class);

  private ApiWiring() {}

  public static void register(ApiConfiguration config, Environment env, Backends b, Clock clock) {
    ApiSettings api = config.getApi();
    if (config.getServerFactory() instanceof AbstractServerFactory server) {
      server.setRegisterDefaultExceptionMappers(false);
    }
    // ISO-8601 strings for instants in every JSON body ("timestamp":"2026-11-26T15:49:13Z")
    env.getObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    StrictJson.apply(env.getObjectMapper());
    if (api.getSessionSecret().isBlank()) {
      LOG.warn(
          "SESSION_SECRET is not set: sessions use a random per-process key and end on restart"
              + " (development only; set it when running more than one instance)");
    }
    Hmac hmac = Hmac.fromSecret(api.getSessionSecret());
    Duration sessionTtl = api.getSessionTtl().toJavaDuration();
    Duration discordTimeout = api.getDiscordTimeout().toJavaDuration();
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(discordTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    DiscordHttp discordHttp =
        new DiscordHttp(http, env.getObjectMapper(), new RateLimitBuckets(clock), discordTimeout);
    DiscordRestClient discord =
        new DiscordRestClient(discordHttp, config.getDiscord(), discordTimeout);

    SessionService sessions =
        new SessionService(
            new SessionStore(b.caches().sessions(), b.sessions()), hmac, clock, sessionTtl);
    OAuthStates states =
        new OAuthStates(
            hmac,
            b.stores().of("oauth_state_used", Long.class),
            clock,
            api.getOauthStateTtl().toJavaDuration());
    UserGuildsStore userGuilds = new UserGuildsStore(b.caches().userGuilds());
    OAuthLogin login = new OAuthLogin(config.getDiscord(), discord, userGuilds, sessions);
    // Demo mode serves plain http://127.0.0.1 only, where a Secure cookie may be dropped.
    Cookies cookies = new Cookies(api.getSessionCookie(), api.isCookieSecure() && !api.isDemo());

    PreferencesService preferences =
        new PreferencesService(new PreferencesStore(b.caches().userPrefs(), b.preferences()));
    BallotDao ballots = b.jdbi().onDemand(BallotDao.class);
    PollResultsStore resultsStore =
        new PollResultsStore(b.caches().pollResults(), b.caches().pollCharts(), b.votes(), ballots);
    boolean demo = api.isDemo();
    GuildSource guildSource = demo ? new DemoGuildSource() : discord;
    BotInvite invite =
        new BotInvite(config.getDiscord().getAuthorizeUrl(), config.getDiscord().getClientId());
    Duration authorityPeriod =
        config.getCache().region(CacheFactory.GUILD).getTtl().toJavaDuration();
    Access access =
        new Access(
            new GuildAuthority(
                guildSource, new GuildAuthorityCache(b.caches(), authorityPeriod), clock));
    GuildService guilds =
        new GuildService(new GuildDataStore(b.caches()), userGuilds, guildSource, invite, access);
    PollService polls =
        new PollService(
            access,
            b.polls(),
            new GuildChecks(guilds),
            new PollEditor(b.polls(), resultsStore, b.events(), clock),
            preferences,
            resultsStore,
            b.events(),
            clock);
    LifecycleService lifecycle =
        new LifecycleService(b.polls(), polls, resultsStore, b.events(), clock);
    ResultsService results =
        new ResultsService(
            new PollFactsStore(b.caches().pollFacts(), b.polls()),
            resultsStore,
            b.polls(),
            access,
            clock);
    ExportService exports = new ExportService(polls, results, b.votes(), ballots);
    ChartService charts =
        new ChartService(
            polls,
            resultsStore,
            new ResultsChartRenderer(),
            env.metrics().meter(ChartService.RENDERS));
    DraftService drafts =
        new DraftService(
            b.stores().of("draft", DraftView.class),
            env.getObjectMapper(),
            clock,
            api.getDraftTtl().toJavaDuration(),
            api.getMaxDraftSize().toBytes());

    env.lifecycle().addEventListener(new RequestLogRedaction()); // no OAuth code/state in the log
    env.servlets()
        .addFilter("security-headers", new SecurityHeadersFilter())
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
    JsonErrorHandler jsonErrors = new JsonErrorHandler();
    env.getApplicationContext().setErrorHandler(jsonErrors);
    env.lifecycle().addServerLifecycleListener(server -> server.setErrorHandler(jsonErrors));
    JerseyEnvironment jersey = env.jersey();
    ErrorResponses errors = new ErrorResponses(env.metrics());
    DomainMappers.all(errors).forEach(jersey::register);
    FrameworkMappers.all(errors).forEach(jersey::register);
    jersey.register(new BodyLimitFilter(api.getMaxBodySize().toBytes()));
    jersey.register(new OriginFilter(api.dashboardOriginList()));
    Duration authRatePeriod = api.getAuthRatePeriod().toJavaDuration();
    jersey.register(
        new AuthRateLimitFilter(
            b.rateLimiters().create("auth", api.getAuthRateLimit(), authRatePeriod),
            authRatePeriod));
    jersey.register(
        new AuthDynamicFeature(
            SessionTokenFilter.of(new SessionAuthenticator(sessions), api.getSessionCookie())));
    jersey.register(new AuthValueFactoryProvider.Binder<>(SessionPrincipal.class));
    jersey.register(
        new AuthResource(login, states, sessions, cookies, URI.create(api.getDashboardUrl())));
    DemoSignIn demoSignIn = demo ? DemoSignIn.on(sessions) : DemoSignIn.off();
    if (demo) {
      new DemoSeeder(b.polls(), b.votes(), ballots, clock).seed();
      jersey.register(new DemoLoginRedirect(URI.create(api.getDashboardUrl())));
    }
    boolean discordLogin = !config.getDiscord().getClientId().isBlank();
    jersey.register(new SignInOptionsResource(discordLogin, demoSignIn, cookies));
    jersey.register(new PingResource());
    jersey.register(new MeResource(preferences, new WriteVersions(cookies.secure(), clock)));
    jersey.register(new GuildResource(guilds));
    PollWrites writes = new PollWrites(polls, lifecycle, clock);
    jersey.register(new PollResource(polls, lifecycle, writes, results, exports, charts));
    jersey.register(new DraftResource(drafts));
    jersey.register(new HealthResource(new JdbiDatabaseProbe(b.jdbi(), clock), b.redis(), clock));
    jersey.register(
        new OpenApiDocResource(
            OpenApiDocument.build(
                Set.of(
                    AuthResource.class,
                    SignInOptionsResource.class,
                    MeResource.class,
                    GuildResource.class,
                    PollResource.class,
                    DraftResource.class,
                    HealthResource.class,
                    PingResource.class),
                api.getSessionCookie())));

    env.lifecycle().manage(new ResultsInvalidator(b.events(), resultsStore));
    env.lifecycle()
        .manage(
            new SessionSweeper(
                b.sessions(),
                env.lifecycle().scheduledExecutorService("session-sweeper").threads(1).build(),
                clock,
                Duration.ofHours(1)));
    if (!demo) { // demo mode never calls Discord, not even to check it is reachable
      env.healthChecks().register("discord", new DiscordHealthCheck(discord));
    }
    MetricRegistry metrics = env.metrics();
    env.admin().addTask(new CacheInvalidateTask(b.caches()));
    env.admin().addTask(new CacheWarmTask(b.polls(), b.preferences(), results, preferences));
    env.admin().addTask(new CacheStatsTask(b.caches(), metrics));
  }
}
