package dev.polly.api.resources;

import dev.polly.api.api.ChannelView;
import dev.polly.api.api.EmojiView;
import dev.polly.api.api.GuildView;
import dev.polly.api.api.RoleView;
import dev.polly.api.core.GuildService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
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
  public List<GuildView> list(@Context SecurityContext context) {
    return guilds.manageable(Params.session(context));
  }

  @GET
  @Path("/{id}/channels")
  @Operation(summary = "Channels where the bot can post")
  public List<ChannelView> channels(@Context SecurityContext context, @PathParam("id") String id) {
    return guilds.channels(Params.session(context), Params.id("guild id", id));
  }

  @GET
  @Path("/{id}/roles")
  @Operation(summary = "Roles the bot can ping")
  public List<RoleView> roles(@Context SecurityContext context, @PathParam("id") String id) {
    return guilds.roles(Params.session(context), Params.id("guild id", id));
  }

  @GET
  @Path("/{id}/emojis")
  @Operation(summary = "Custom emojis of the guild")
  public List<EmojiView> emojis(@Context SecurityContext context, @PathParam("id") String id) {
    return guilds.emojis(Params.session(context), Params.id("guild id", id));
  }
}
