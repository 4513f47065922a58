/**
 * The fraud-indicator registry (涉诈数据库): phone numbers, URLs and domains, payment accounts, bank cards and chat
 * accounts; their lifecycle, the allowlist of official numbers, bulk import and export, and the in-memory index
 * every check reads. The root package is the module's API.
 */
@NullMarked
package io.clearsky.server.registry;

import org.jspecify.annotations.NullMarked;
