/**
 * Agencies (anti-fraud centres and partner companies), their people, roles and API keys, and who the current
 * caller is. The root package is the module's API.
 */
@NullMarked
package io.clearsky.server.agencies;

import org.jspecify.annotations.NullMarked;
