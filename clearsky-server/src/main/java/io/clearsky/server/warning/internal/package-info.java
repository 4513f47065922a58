/** The warning module's persistence, its engine and its background work. */
@NullMarked
package io.clearsky.server.warning.internal;

import org.jspecify.annotations.NullMarked;
