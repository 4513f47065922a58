/**
 * Follow the money (资金查控): partners' transfers and balances, fund-flow traces forward from a victim's payment and
 * backward from a mule account, emergency stop-payment (紧急止付) and freeze (冻结) orders delivered to the partner
 * that holds the account, assistance requests (协查) with their deadlines, and the money returned to victims per
 * case. The root package is the module's API.
 */
@NullMarked
package io.clearsky.server.funds;

import org.jspecify.annotations.NullMarked;
