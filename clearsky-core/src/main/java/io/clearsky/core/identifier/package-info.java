/**
 * Identifiers that fraud indicators are keyed by — phone numbers, URLs, domains, payment accounts,
 * bank cards and chat accounts — and their normalisation from raw text to one canonical form.
 *
 * <p>Everything here is pure, deterministic and thread-safe. Raw input that is not a valid
 * identifier of its kind is refused with an {@link io.clearsky.core.identifier.InvalidIdentifierException}
 * whose reason a partner engineer can act on.
 */
@NullMarked
package io.clearsky.core.identifier;

import org.jspecify.annotations.NullMarked;
