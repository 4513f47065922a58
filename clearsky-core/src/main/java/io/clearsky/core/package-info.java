/** ClearSky's pure domain code: no Spring, no I/O beyond streams handed in, deterministic. */
@NullMarked
package io.clearsky.core;

import org.jspecify.annotations.NullMarked;
