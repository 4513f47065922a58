/**
 * Regional anti-fraud bulletins and tips (story 6): centres publish bulletins for regions they oversee, partners'
 * phone apps get the active ones when a subscriber enters a region (a region code, or a coordinate mapped to a
 * division of the shipped boundary table), once per subscriber, with delivery and read counts and no location
 * history; and public anti-fraud tips per scam type that warnings link to. The root package is the module's API.
 */
@NullMarked
package io.clearsky.server.bulletins;

import org.jspecify.annotations.NullMarked;
