/**
 * China's administrative divisions by their GB/T 2260 codes: province, city and county, and which covers which —
 * the basis of jurisdiction for reports, cases and centres.
 */
@NullMarked
package io.clearsky.core.region;

import org.jspecify.annotations.NullMarked;
