/**
 * The HTTP load driver: starts the server, loads a police list, drives the check API with wrk and measures the peers a
 * team would use instead (Redis, a PostgreSQL primary-key lookup) side by side. Entry point: {@link
 * io.clearsky.bench.load.CheckLoadDriver}.
 */
@NullMarked
package io.clearsky.bench.load;

import org.jspecify.annotations.NullMarked;
