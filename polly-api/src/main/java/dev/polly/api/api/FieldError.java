package dev.polly.api.api;

/** One invalid field of a request: its JSON name (or path) and what is wrong with it. */
public record FieldError(String field, String message) {}
