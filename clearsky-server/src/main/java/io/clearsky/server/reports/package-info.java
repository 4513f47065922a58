/**
 * Citizens' scam reports (报案): the public intake with a receipt number and status tracking, partners' batch
 * intake, validation, idempotent retries, rate limits per client address and per reporter, the reporter's personal
 * data stored apart from the report, and statistics by scam type, region and month. Each filed report reaches the
 * registry and the case linkage as an event. The root package is the module's API.
 */
@NullMarked
package io.clearsky.server.reports;

import org.jspecify.annotations.NullMarked;
