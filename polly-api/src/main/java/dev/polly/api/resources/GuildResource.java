package dev.polly.api.resources;

import dev.polly.api.api.ChannelView;
import dev.polly.api.api.EmojiView;
import dev.polly.api.api.GuildView;
import dev.polly.api.api.RoleView;
import dev.polly.api.auth.SessionPrincipal;
import dev.polly.api.core.GuildService;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Guilds the user manages, and their channels, roles and emojis (from the guild cache). */
@Path("/api/guilds")
@Produces(MediaType.APPLICATION_JSON)
public final class GuildResource {
  private final GuildService guilds;

  public GuildResource(GuildService guilds) {
    this.guilds = guilds;
  }

  @GET
  @Operation(summary = "Guilds the user manages where the bot is present")
  public List<GuildView> list(@Parameter(hidden = true) @Auth SessionPrincipal user) {
    return guilds.manageable(user.session());
  }

  @GET
  @Path("/{id}/channels")
  @Operation(summary = "Channels where the bot can post")
  public List<ChannelView> channels(
      @Parameter(hidden = true) @Auth SessionPrincipal user, @PathParam("id") GuildIdParam id) {
    return guilds.channels(user.session(), id.id());
  }

  @GET
  @Path("/{id}/roles")
  @Operation(summary = "Roles the bot can ping")
  public List<RoleView> roles(
      @Parameter(hidden = true) @Auth SessionPrincipal user, @PathParam("id") GuildIdParam id) {
    return guilds.roles(user.session(), id.id());
  }

  @GET
  @Path("/{id}/emojis")
  @Operation(summary = "Custom emojis of the guild")
  public List<EmojiView> emojis(
      @Parameter(hidden = true) @Auth SessionPrincipal user, @PathParam("id") GuildIdParam id) {
    return guilds.emojis(user.session(), id.id());
  }
}
