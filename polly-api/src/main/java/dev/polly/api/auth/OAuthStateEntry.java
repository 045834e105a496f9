package dev.polly.api.auth;

import java.time.Instant;

/** An OAuth {@code state} issued at {@code /auth/login}, kept in the session region until used. */
public record OAuthStateEntry(String state, Instant expiresAt) {}
