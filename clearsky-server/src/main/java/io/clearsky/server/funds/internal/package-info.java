/** The funds module's persistence and background work. */
@NullMarked
package io.clearsky.server.funds.internal;

import org.jspecify.annotations.NullMarked;
