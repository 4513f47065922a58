/** The funds module's HTTP API. */
@NullMarked
package io.clearsky.server.funds.web;

import org.jspecify.annotations.NullMarked;
