/**
 * The benchmark table: one command runs the whole suite (JMH benchmarks, the index footprint, the HTTP load drivers,
 * the linkage) at a chosen size and prints each figure with its target and its ratio to the peer measured in the same
 * run. Entry point: {@link io.clearsky.bench.BenchmarkTable}.
 */
@NullMarked
package io.clearsky.bench;

import org.jspecify.annotations.NullMarked;
