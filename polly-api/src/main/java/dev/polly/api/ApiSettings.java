package dev.polly.api;

/**
 * The {@code api} section of {@code config.yml}: sessions, CORS and request limits.
 *
 * <p>SKELETON: the API work fills this in.
 */
public class ApiSettings {}
