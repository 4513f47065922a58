/**
 * A deterministic synthetic world — subscribers, fraud gangs, calls, SMS, link visits, transfers through layered
 * mule accounts, citizens' reports and police lists — with its ground truth kept beside it.
 *
 * <p>{@link io.clearsky.simulator.World} makes the world from {@link io.clearsky.simulator.WorldSettings} and
 * streams it, in time order and in bounded memory, to a {@link io.clearsky.simulator.WorldSink}: files
 * ({@link io.clearsky.simulator.WorldFiles}), a running ClearSky ({@link io.clearsky.simulator.ApiLoader}) or
 * anything else. The same seed makes the same world.
 */
@NullMarked
package io.clearsky.simulator;

import org.jspecify.annotations.NullMarked;
