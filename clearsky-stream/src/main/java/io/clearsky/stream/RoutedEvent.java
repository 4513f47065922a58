package io.clearsky.stream;

import io.clearsky.core.warning.RiskEvent;
import io.clearsky.core.warning.Role;

/** An event on its way to one key it touches, with the part it plays there ({@code RiskRules.route}). */
record RoutedEvent(long key, Role role, RiskEvent event) {}
