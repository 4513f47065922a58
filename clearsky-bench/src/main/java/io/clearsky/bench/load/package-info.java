/**
 * The HTTP load drivers. {@link io.clearsky.bench.load.CheckLoadDriver} starts the server, loads a police list, drives
 * the check API with wrk and measures the peers a team would use instead (Redis, a PostgreSQL primary-key lookup) side
 * by side. {@link io.clearsky.bench.load.IntakeLoadDriver} starts the server on a scratch PostgreSQL database, files
 * generated reports in batches and one by one, and checks that every acknowledged report is in the database.
 */
@NullMarked
package io.clearsky.bench.load;

import org.jspecify.annotations.NullMarked;
