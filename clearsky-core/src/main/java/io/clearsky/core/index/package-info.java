/** The in-memory lookup index that answers every real-time check. */
@NullMarked
package io.clearsky.core.index;

import org.jspecify.annotations.NullMarked;
