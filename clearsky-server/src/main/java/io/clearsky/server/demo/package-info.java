/**
 * The demo world: on the first start of an empty installation, a simulated city with its anti-fraud centre, a
 * partner security app, police lists, citizens' reports and a month of checked calls, loaded through the modules'
 * own APIs so a new user sees a living system. {@code clearsky.demo.enabled=false} turns it off.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo world")
@NullMarked
package io.clearsky.server.demo;

import org.jspecify.annotations.NullMarked;
