/**
 * The real-time check: "is this a fraud number?" answered from memory in microseconds, every hit recorded as a
 * sighting without making the check wait, and the activity report built from the sightings. The root package is
 * the module's API.
 */
@NullMarked
package io.clearsky.server.check;

import org.jspecify.annotations.NullMarked;
