/** The web console for centres and the public pages for citizens. */
@NullMarked
package io.clearsky.server.console;

import org.jspecify.annotations.NullMarked;
