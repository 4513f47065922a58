package io.clearsky.server.funds;

import java.util.List;

/**
 * Who funded an account, level by level backward in time: its payers (level 1), their payers before they paid it
 * (level 2), and so on. Level-1 payers of a mule account are candidate victims.
 *
 * @param truncated the search read as many accounts as it may and stopped
 */
public record FunderView(AccountRef account, boolean truncated, List<Funder> funders) {

    /** An account that paid money towards the account asked about; hubs are listed, not followed. */
    public record Funder(AccountRef account, int level, Money paid, boolean hub) {}
}
