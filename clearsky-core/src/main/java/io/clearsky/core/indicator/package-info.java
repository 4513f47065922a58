/** The registry's domain values: scam types, indicator states, the listing policy and verdicts. */
@NullMarked
package io.clearsky.core.indicator;

import org.jspecify.annotations.NullMarked;
