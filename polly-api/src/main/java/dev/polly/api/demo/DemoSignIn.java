package dev.polly.api.demo;

import dev.polly.api.auth.SessionService;
import dev.polly.api.errors.ResourceNotFoundException;
import java.util.List;

/**
 * "Continue as demo user": a session for {@link DemoGuild#USER_ID}, who manages the demo guild.
 * Outside demo mode ({@link #off()}) there is no such sign-in and every call is a 404.
 */
public interface DemoSignIn {
  /** Whether demo mode is on. */
  boolean enabled();

  /**
   * Creates a session for the demo user.
   *
   * @throws ResourceNotFoundException when demo mode is off
   */
  SessionService.Issued signIn();

  /** The sign-in of demo mode, creating sessions through {@code sessions}. */
  static DemoSignIn on(SessionService sessions) {
    return new DemoSignIn() {
      @Override
      public boolean enabled() {
        return true;
      }

      @Override
      public SessionService.Issued signIn() {
        return sessions.create(
            DemoGuild.USER_ID, DemoGuild.USER_NAME, null, List.of(DemoGuild.GUILD_ID));
      }
    };
  }

  /** No demo mode: nothing to sign in to. */
  static DemoSignIn off() {
    return new DemoSignIn() {
      @Override
      public boolean enabled() {
        return false;
      }

      @Override
      public SessionService.Issued signIn() {
        throw new ResourceNotFoundException("demo_off", "Demo mode is not enabled on this server");
      }
    };
  }
}
