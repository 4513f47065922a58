/**
 * Early warning and dissuasion (预警劝阻): partners' events (calls, SMS, link visits, app installs, transfer
 * attempts) through core's risk rules, the rule versions, decisions delivered to partners (inbox and signed
 * webhook), synchronous transfer checks, suspected numbers and accounts fed to the registry, dissuasion tasks for the
 * centre of the payer's region and their outcomes, and backtests of proposed rules. The root package is the module's
 * API.
 */
@NullMarked
package io.clearsky.server.warning;

import org.jspecify.annotations.NullMarked;
