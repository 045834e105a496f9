package dev.polly.api.ops;

import dev.polly.common.testing.MaintenanceCommandsContract;

/**
 * The shipped polly-api jar's maintenance commands, {@code redis-check} and {@code db migrate}, run
 * as an operator runs them (see {@link MaintenanceCommandsContract}).
 */
class ApiCommandsJarIT extends MaintenanceCommandsContract {}
