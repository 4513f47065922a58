/**
 * The ClearSky server. Each direct sub-package is a Spring Modulith application module; this root package holds
 * what every module shares: the mapping of domain errors to RFC 9457 problem details.
 */
@NullMarked
package io.clearsky.server;

import org.jspecify.annotations.NullMarked;
