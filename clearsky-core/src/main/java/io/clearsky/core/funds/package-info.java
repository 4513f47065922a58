/**
 * Following the money (资金查控): a victim's payment moves from the first-level account to second- and third-level
 * accounts. {@link io.clearsky.core.funds.FundTracer} follows it forward in time through the transfers (a
 * {@link io.clearsky.core.funds.TransferGraph} built once, or a {@link io.clearsky.core.funds.LiveTransferGraph}
 * that keeps growing while it is traced), apportioning each account's outgoing transfers between the traced
 * money and the rest, and says how much can still be sitting where: the freeze plan.
 */
@NullMarked
package io.clearsky.core.funds;

import org.jspecify.annotations.NullMarked;
