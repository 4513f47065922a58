/** The warning module's HTTP API. */
@NullMarked
package io.clearsky.server.warning.web;

import org.jspecify.annotations.NullMarked;
